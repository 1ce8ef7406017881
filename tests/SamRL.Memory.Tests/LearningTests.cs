using static TorchSharp.torch;

namespace SamRL.Memory.Tests;

/// <summary>STM must actually learn through time, not only compute the right numbers.</summary>
public sealed class LearningTests
{
    /// <summary>
    /// The label is the sign of the first of 6 random inputs, so only a memory that carries the first step to the
    /// end can beat chance (50 %). Held-out accuracy must reach 95 %.
    /// </summary>
    [Fact]
    public void StmLearnsToRecallTheFirstInputOfASequence()
    {
        torch.set_num_threads(1);
        manual_seed(0);
        using var encoder = nn.Linear(4, 16);
        using var stm = new Stm(new StmOptions { InputSize = 16, OutputSize = 2, SlotCount = 2, SlotSize = 16 });
        using var optimizer = optim.Adam(encoder.parameters().Concat(stm.parameters()), lr: 3e-3);

        using var testInputs = randn(6, 500, 4);
        using var testLabels = (testInputs[0, .., 0] > 0).to(ScalarType.Int64);
        double Accuracy()
        {
            using var scope = NewDisposeScope();
            using var _ = no_grad();
            var (logits, state) = stm.SequenceToLast(encoder.forward(testInputs).relu());
            state.Dispose();
            return logits.argmax(1).eq(testLabels).to(ScalarType.Float64).mean().item<double>();
        }

        double before = Accuracy();
        double after = before;
        for (int step = 1; step <= 600 && after < 0.95; step++)
        {
            using var scope = NewDisposeScope();
            var inputs = randn(6, 32, 4);
            var labels = (inputs[0, .., 0] > 0).to(ScalarType.Int64);
            optimizer.zero_grad();
            var (logits, state) = stm.SequenceToLast(encoder.forward(inputs).relu());
            state.Dispose();
            nn.functional.cross_entropy(logits, labels).backward();
            optimizer.step();
            if (step % 25 == 0) after = Accuracy();
        }
        Assert.InRange(before, 0.35, 0.65);
        Assert.True(after >= 0.95, $"held-out accuracy {after:P1} (before training {before:P1})");
    }
}
