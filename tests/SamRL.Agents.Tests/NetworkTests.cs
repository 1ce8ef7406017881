using SamRL.Agents.Networks;
using SamRL.Memory;
using static TorchSharp.torch;

namespace SamRL.Agents.Tests;

public sealed class NetworkTests
{
    [Theory]
    [InlineData(1, 1024)]
    [InlineData(3, 1024)]
    public void AtariEncoderTurns80By80FramesInto1024Features(int batch, int features)
    {
        using var encoder = new AtariConvEncoder();
        using var frames = rand(batch, 1, 80, 80);
        using var output = encoder.forward(frames);
        Assert.Equal(new long[] { batch, features }, output.shape);
        Assert.True(output.min().item<float>() >= 0, "the stack ends with ReLU");
    }

    [Fact]
    public void UniverseEncoderTurns42By42FramesInto288Features()
    {
        using var encoder = new UniverseConvEncoder();
        using var frames = rand(2, 1, 42, 42);
        using var output = encoder.forward(frames);
        Assert.Equal(new long[] { 2, 32 * 3 * 3 }, output.shape);
    }

    [Fact]
    public void StmAgentConcatenatesStmOutputAndLstmHiddenForTheHeads()
    {
        using var model = ActorCritic.Create(new ActorCriticOptions { ObservationShape = [80, 80], ActionCount = 6 });
        var core = Assert.IsType<LstmStmCore>(model.Core);
        Assert.Equal(512, core.OutputSize);
        using var frame = rand(1, 80, 80);
        using var state = model.InitialState(1);
        var output = model.forward(frame, state);
        Assert.Equal(new long[] { 1, 6 }, output.Logits.shape);
        Assert.Equal(new long[] { 1, 1 }, output.Value.shape);
        Assert.Equal(new[] { LstmStmCore.HiddenName, LstmStmCore.CellName, LstmStmCore.ReadName, LstmStmCore.ItemMemoryName }, output.State.Names);
        Assert.Equal(new long[] { 1, 96, 96 }, output.State[LstmStmCore.ItemMemoryName].shape);
    }

    [Theory]
    [InlineData(CoreKind.LstmStm)]
    [InlineData(CoreKind.Lstm)]
    [InlineData(CoreKind.Stm)]
    public void ReadoutOfAdvanceGivesTheForwardPassAndReadsStackedStepsOut(CoreKind kind)
    {
        using var model = ActorCritic.Create(new ActorCriticOptions { ObservationShape = [42, 42], ActionCount = 6, Encoder = EncoderKind.Universe42, Core = kind, LstmSize = 16 });
        using var scope = NewDisposeScope();
        manual_seed(4);
        var frames = rand(3, 2, 42, 42);
        var state = model.InitialState(2);
        var advancedState = model.InitialState(2);
        var logits = new Tensor[3];
        var values = new Tensor[3];
        var readoutInputs = new Tensor[3][];
        for (int t = 0; t < 3; t++)
        {
            var output = model.forward(frames[t], state);
            (logits[t], values[t], state) = (output.Logits, output.Value, output.State);
            (readoutInputs[t], advancedState) = model.Advance(frames[t], advancedState);
            var (readLogits, readValue) = model.Readout(readoutInputs[t]);
            Assert.True(readLogits.allclose(logits[t], rtol: 0, atol: 0) && readValue.allclose(values[t], rtol: 0, atol: 0), $"step {t}");
        }
        var stacked = RecurrentCore.StackReadoutInputs(readoutInputs);
        var (stackedLogits, stackedValues) = model.Readout(stacked);
        Assert.True(stackedLogits.allclose(cat(logits, 0), rtol: 1e-5, atol: 1e-6));
        Assert.True(stackedValues.allclose(cat(values, 0), rtol: 1e-5, atol: 1e-6));
    }

    [Fact]
    public void CoreReadoutRefusesReadoutInputsThatAdvanceDoesNotGive()
    {
        using var core = new LstmStmCore(inputSize: 10, lstmSize: 8, stmOutputSize: 5);
        using var hidden = zeros(2, 8);
        Assert.Contains("expected 2 readout input(s)", Assert.Throws<ArgumentException>(() => core.Readout([hidden])).Message);
        Assert.Contains("[B, 73728]", Assert.Throws<ArgumentException>(() => core.Readout([hidden, hidden])).Message);
    }

    [Fact]
    public void CoreOutputIsTheStmHeadFollowedByTheLstmHidden()
    {
        manual_seed(3);
        using var core = new LstmStmCore(inputSize: 10, lstmSize: 8, stmOutputSize: 5);
        using var input = randn(2, 10);
        using var state = core.InitialState(2);
        var (output, next) = core.Step(input, state);

        var lstmState = new RecurrentState([LstmCore.HiddenName, LstmCore.CellName], [state[LstmStmCore.HiddenName], state[LstmStmCore.CellName]]);
        var (hidden, _) = core.Lstm.Step(input, lstmState);
        var stmState = new RecurrentState([Stm.ReadName, Stm.ItemMemoryName], [state[LstmStmCore.ReadName], state[LstmStmCore.ItemMemoryName]]);
        var (memory, _) = core.Stm.Step(hidden, stmState);
        Assert.True(output.narrow(1, 0, 5).allclose(memory, rtol: 0, atol: 0));
        Assert.True(output.narrow(1, 5, 8).allclose(hidden, rtol: 0, atol: 0));
        Assert.True(next[LstmStmCore.HiddenName].allclose(hidden, rtol: 0, atol: 0));
    }

    [Fact]
    public void GradientsReachTheLearnedInitialItemMemoryAtAnEpisodeStart()
    {
        using var model = ActorCritic.Create(new ActorCriticOptions { ObservationShape = [80, 80], ActionCount = 6 });
        using var frame = rand(1, 80, 80);
        var output = model.forward(frame, model.InitialState(1));
        output.Value.sum().backward();
        var initialMemory = model.named_parameters().Single(p => p.name.EndsWith("item_memory_state_bias")).parameter;
        Assert.NotNull(initialMemory.grad);
        Assert.True(initialMemory.grad!.abs().sum().item<float>() > 0);
    }

    [Fact]
    public void ObservationsOfTheWrongSizeAreRejectedWithTheExpectedShape()
    {
        using var model = ActorCritic.Create(new ActorCriticOptions { ObservationShape = [80, 80], ActionCount = 6, Core = CoreKind.Lstm });
        using var frame = rand(1, 84, 84);
        var error = Assert.Throws<ArgumentException>(() => model.forward(frame, model.InitialState(1)));
        Assert.Contains("[B, 1, 80, 80]", error.Message);
    }

    [Fact]
    public void ImageEncodersRejectObservationShapesTheyWereNotBuiltFor()
    {
        var error = Assert.Throws<ArgumentException>(() => ActorCritic.Create(new ActorCriticOptions { ObservationShape = [84, 84], ActionCount = 6 }));
        Assert.Contains("Atari80", error.Message);
        Assert.Contains("(84, 84)", error.Message);
    }

    [Fact]
    public void AnyRecurrentCorePlugsIn()
    {
        using var encoder = new DenseEncoder([4], 16);
        using var core = new Stm(StmPresets.ReinforcementLearning(16, 8) with { SlotCount = 2, SlotSize = 8, RelationSize = 4 });
        using var model = new ActorCritic(encoder, core, actionCount: 3);
        using var observation = rand(5, 4);
        var output = model.forward(observation, model.InitialState(5));
        Assert.Equal(new long[] { 5, 3 }, output.Logits.shape);
    }
}
