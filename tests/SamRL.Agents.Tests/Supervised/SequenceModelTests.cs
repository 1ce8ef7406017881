using SamRL.Agents.Supervised;
using SamRL.Environments.Core;
using SamRL.Memory;
using static TorchSharp.torch;

namespace SamRL.Agents.Tests.Supervised;

/// <summary>How the sequence models are driven: encoding rows, then zero rows, outputs from the output window.</summary>
public sealed class SequenceModelTests
{
    [Fact]
    public void DecodingStepsGetAllZeroInputs()
    {
        var core = new RecordingCore(inputSize: 3);
        using var model = new RecurrentSequenceModel("spy", 3, null, core);
        using var encoder = ones(2, 1, 3);
        using var outputs = model.Predict(encoder, outputStart: 2, outputSteps: 3);

        Assert.Equal([3L, 1, 1], outputs.shape);
        Assert.Equal(5, core.Inputs.Count);
        Assert.All(core.Inputs.Take(2), row => Assert.All(row, value => Assert.Equal(1f, value)));
        Assert.All(core.Inputs.Skip(2), row => Assert.All(row, value => Assert.Equal(0f, value)));
    }

    [Fact]
    public void OutputsComeFromTheOutputWindow()
    {
        // The recording core outputs the running count of steps, so output k is step outputStart + k (1-based count).
        var core = new RecordingCore(inputSize: 2);
        using var model = new RecurrentSequenceModel("spy", 2, null, core);
        using var encoder = ones(4, 1, 2);
        using var outputs = model.Predict(encoder, outputStart: 3, outputSteps: 2);
        Assert.Equal([4f, 5f], outputs.flatten().data<float>().ToArray());
    }

    [Fact]
    public void TheTrainerFeedsOnlyTheEncodingRowsOfDecodingTasks()
    {
        var copy = SupervisedTasks.Create("copy");
        var batch = copy.TrainingBatch(0, new Rng(3), 2, 1);
        Assert.Equal(batch.OutputStart, copy.EncodingSteps(batch));
        Assert.Equal(batch.Inputs.Steps - batch.OutputSteps, copy.EncodingSteps(batch));

        var retrieval = SupervisedTasks.Create("associative-retrieval", length: 30);
        var question = retrieval.TrainingBatch(0, new Rng(3), 2, 1);
        Assert.Equal(question.Inputs.Steps, retrieval.EncodingSteps(question));
        Assert.Equal(31, question.Inputs.Steps);
    }

    [Fact]
    public void AlstmDecodesFromZeroRowsAfterItsEncoder()
    {
        manual_seed(7);
        using var model = new AttentionalGru(3, 4, hiddenSize: 8);
        using var encoder = randn(5, 2, 3);
        using var outputs = model.Predict(encoder, outputStart: 5, outputSteps: 3);
        Assert.Equal([3L, 2, 4], outputs.shape);
        // The decoder input is the zero row, so the outputs depend on the encoder rows only through the state and attention.
        using var changed = encoder.clone();
        changed[4].add_(1);
        using var other = model.Predict(changed, outputStart: 5, outputSteps: 3);
        Assert.False(outputs.allclose(other));
    }

    /// <summary>A core that records every input row and outputs the number of steps taken so far.</summary>
    private sealed class RecordingCore(long inputSize) : RecurrentCore(nameof(RecordingCore), inputSize, 1)
    {
        public List<float[]> Inputs { get; } = [];

        public override RecurrentState InitialState(long batchSize) => new(["count"], [zeros(batchSize, 1)]);

        protected override (Tensor Output, RecurrentState State) StepCore(Tensor input, RecurrentState state)
        {
            Inputs.Add(input.data<float>().ToArray());
            var count = state["count"] + 1;
            return (count.alias(), new RecurrentState(["count"], [count]));
        }
    }
}
