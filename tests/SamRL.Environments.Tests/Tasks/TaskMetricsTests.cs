using SamRL.Environments.Tasks;

namespace SamRL.Environments.Tests.Tasks;

public class TaskMetricsTests
{
    [Fact]
    public void Bit_error_counts_thresholded_mismatches_per_sequence()
    {
        // T_out = 2, B = 2, 3 bits.
        var inputs = new TimeMajorArray(2, 2, 1);
        var targets = new TimeMajorArray(2, 2, 3);
        float[] target = [1, 0, 1, /**/ 0, 0, 0, /**/ 1, 1, 1, /**/ 0, 1, 0];
        target.CopyTo(targets.Data, 0);
        var batch = new BitTargetBatch(inputs, 0, targets, [1, 1, 1, 1]);
        float[] probabilities = [0.9f, 0.2f, 0.4f, /**/ 0.6f, 0.1f, 0.0f, /**/ 0.7f, 0.8f, 0.99f, /**/ 0.5f, 0.51f, 0.3f];

        // Mismatches: bit 2 of row 0 (0.4 < 0.5), bit 0 of row 1 (0.6 > 0.5); 0.5 is not above the threshold.
        Assert.Equal(1.0, TaskMetrics.BitErrorPerSequence(probabilities, batch));
    }

    [Fact]
    public void Bit_error_ignores_masked_steps()
    {
        var targets = new TimeMajorArray(1, 2, 2);
        var batch = new BitTargetBatch(new TimeMajorArray(1, 2, 1), 0, targets, [1, 0]);

        Assert.Equal(0.5, TaskMetrics.BitErrorPerSequence([1f, 0f, 1f, 1f], batch));
    }

    [Fact]
    public void Per_step_accuracy_weights_by_the_mask_and_argmax_picks_the_first_maximum()
    {
        var batch = new ClassTargetBatch(new TimeMajorArray(3, 2, 1), 0, 3, [1, 2, 3, 0, 4, 0], 5, [1, 1, 1, 0, 1, 0]);
        var predicted = TaskMetrics.ArgMax([0, 5, 1, 0, 0, /**/ 0, 0, 9, 9, 0, /**/ 0, 0, 0, 0, 0, /**/ 0, 0, 0, 0, 1, /**/ 0, 0, 0, 0, 2, /**/ 3, 0, 0, 0, 0], 5);

        Assert.Equal([1, 2, 0, 4, 4, 0], predicted);
        Assert.Equal(3.0 / 4.0, TaskMetrics.PerStepAccuracy(predicted, batch));
        Assert.Throws<ArgumentException>(() => TaskMetrics.Accuracy(predicted, batch));
    }

    [Fact]
    public void Accuracy_is_the_fraction_of_correct_single_outputs()
    {
        var batch = new ClassTargetBatch(new TimeMajorArray(1, 4, 1), 0, 1, [1, 2, 3, 4], 10, [1, 1, 1, 1]);
        Assert.Equal(0.5, TaskMetrics.Accuracy([1, 0, 3, 0], batch));
    }

    [Fact]
    public void Metrics_reject_predictions_of_the_wrong_length()
    {
        var batch = new ClassTargetBatch(new TimeMajorArray(1, 2, 1), 0, 1, [1, 2], 10, [1, 1]);
        Assert.Throws<ArgumentException>(() => TaskMetrics.PerStepAccuracy([1], batch));
    }
}
