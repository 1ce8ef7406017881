using SamRL.Agents.Supervised;
using SamRL.Environments.Tasks;
using static TorchSharp.torch;

namespace SamRL.Agents.Tests.Supervised;

/// <summary>The supervised losses and metrics against values computed by hand.</summary>
public sealed class TaskObjectiveTests
{
    [Fact]
    public void BitLossIsTheMeanBinaryCrossEntropyOverEveryOutputBit()
    {
        // One output step, two sequences, two bits. BCE(z, y) = −y·log σ(z) − (1−y)·log(1−σ(z)).
        var batch = BitBatch(targets: [1, 0, 0, 1]);
        using var logits = tensor(new float[] { 0f, 2f, -1f, 3f }, [1, 2, 2]);
        double expected = (Bce(0, 1) + Bce(2, 0) + Bce(-1, 0) + Bce(3, 1)) / 4;
        using var loss = TaskObjective.Loss(logits, batch);
        Assert.Equal(expected, loss.item<float>(), 5);
    }

    [Fact]
    public void BitErrorCountsWrongBitsPerSequence()
    {
        // σ(z) > 0.5 ⇔ z > 0: predictions [0,1] and [0,1] against targets [1,0] and [0,1]: 2 wrong bits over 2 sequences.
        var batch = BitBatch(targets: [1, 0, 0, 1]);
        using var logits = tensor(new float[] { -1f, 2f, -1f, 3f }, [1, 2, 2]);
        var score = TaskObjective.Score(Copy(), logits, batch);
        Assert.Equal(1.0, score.Metric);
        Assert.Equal(2, score.Weight);
    }

    [Fact]
    public void ClassLossIsTheMaskedMeanCrossEntropy()
    {
        // Two output steps of one sequence, three classes; the second step is padding (mask 0) and must not count.
        var inputs = new TimeMajorArray(2, 1, 1);
        var batch = new ClassTargetBatch(inputs, 0, 2, [2, 0], 3, [1f, 0f]);
        using var logits = tensor(new float[] { 1f, 2f, 3f, 9f, 0f, 0f }, [2, 1, 3]);
        double expected = -Math.Log(Math.Exp(3) / (Math.Exp(1) + Math.Exp(2) + Math.Exp(3)));
        using var loss = TaskObjective.Loss(logits, batch);
        Assert.Equal(expected, loss.item<float>(), 5);
    }

    [Fact]
    public void StepAccuracyCountsOnlyMaskedSteps()
    {
        // Steps: right (2), wrong (predicts 0, target 1), padding (ignored): 1 of 2 counted steps.
        var inputs = new TimeMajorArray(3, 1, 1);
        var batch = new ClassTargetBatch(inputs, 0, 3, [2, 1, 0], 3, [1f, 1f, 0f]);
        using var logits = tensor(new float[] { 0f, 0f, 5f, 5f, 0f, 0f, 0f, 5f, 0f }, [3, 1, 3]);
        var task = SupervisedTasks.Create("shortest-path");
        var score = TaskObjective.Score(task, logits, batch);
        Assert.Equal(0.5, score.Metric);
        Assert.Equal(2, score.Weight);
    }

    [Fact]
    public void AccuracyIsTheShareOfRightSequences()
    {
        var inputs = new TimeMajorArray(1, 4, 1);
        var batch = new ClassTargetBatch(inputs, 0, 1, [0, 1, 1, 0], 2, [1f, 1f, 1f, 1f]);
        using var logits = tensor(new float[] { 1f, 0f, 0f, 1f, 1f, 0f, 1f, 0f }, [1, 4, 2]);
        var score = TaskObjective.Score(SupervisedTasks.Create("nth-farthest"), logits, batch);
        Assert.Equal(0.75, score.Metric);
    }

    private static SupervisedTask Copy() => SupervisedTasks.Create("copy");

    private static BitTargetBatch BitBatch(float[] targets)
    {
        var inputs = new TimeMajorArray(1, 2, 1);
        var targetArray = new TimeMajorArray(1, 2, 2);
        targets.CopyTo(targetArray.Data, 0);
        return new BitTargetBatch(inputs, 0, targetArray, [1f, 1f]);
    }

    private static double Bce(double logit, double target)
    {
        double p = 1 / (1 + Math.Exp(-logit));
        return -(target * Math.Log(p) + (1 - target) * Math.Log(1 - p));
    }
}
