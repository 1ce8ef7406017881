using static TorchSharp.torch;

namespace SamRL.Memory.Tests;

public sealed class RecurrentStateTests
{
    [Fact]
    public void ResetWhereReplacesOnlyTheMaskedBatchElements()
    {
        manual_seed(1);
        using var stm = new Stm(StmVariants.Options("code-default"));
        using var initial = stm.InitialState(3);
        var state = initial;
        using var inputs = randn(2, 3, stm.InputSize);
        for (int t = 0; t < 2; t++) state = stm.Step(inputs[t], state).State;

        using var reset = state.ResetWhere(tensor(new[] { false, true, false }), initial);
        foreach (var name in state.Names)
        {
            Assert.True(reset[name][1].allclose(initial[name][1], rtol: 0, atol: 0), $"{name}[1] should be the initial value");
            Assert.True(reset[name][0].allclose(state[name][0], rtol: 0, atol: 0), $"{name}[0] should be kept");
            Assert.True(reset[name][2].allclose(state[name][2], rtol: 0, atol: 0), $"{name}[2] should be kept");
            Assert.False(reset[name][1].allclose(state[name][1], rtol: 0, atol: 0), $"{name}[1] must have changed for the test to mean anything");
        }
    }

    [Fact]
    public void ResetKeepsGradientsFlowingIntoLearnedInitialMemories()
    {
        manual_seed(2);
        using var stm = new Stm(StmVariants.Options("code-default"));
        using var initial = stm.InitialState(2);
        using var inputs = randn(1, 2, stm.InputSize);
        var (_, stepped) = stm.Step(inputs[0], initial);
        using var detached = stepped.Detach();
        using var reset = detached.ResetWhere(tensor(new[] { 1.0f, 0.0f }), initial);
        stm.zero_grad();
        var (output, _) = stm.Step(inputs[0], reset);
        output.sum().backward();
        var initialItem = stm.named_parameters().Single(p => p.name == "item_memory_state_bias").parameter;
        Assert.NotNull(initialItem.grad);
        Assert.True(initialItem.grad!.abs().sum().item<float>() > 0);
    }

    [Fact]
    public void DetachCutsTheGraphAndCloneCopies()
    {
        using var lstm = new LstmCore(3, 4);
        using var inputs = randn(1, 2, 3);
        var (_, state) = lstm.Step(inputs[0], lstm.InitialState(2));
        Assert.True(state[LstmCore.HiddenName].requires_grad);
        using var detached = state.Detach();
        Assert.All(detached.Tensors, t => Assert.False(t.requires_grad));

        using var clone = detached.Clone();
        using (no_grad()) clone[LstmCore.HiddenName].fill_(42);
        Assert.False(detached[LstmCore.HiddenName].allclose(clone[LstmCore.HiddenName], rtol: 0, atol: 0));
        using var moved = detached.To(CPU);
        Assert.Equal(DeviceType.CPU, moved.Device.type);
    }

    [Fact]
    public void BadMasksAndMismatchedStatesAreRejected()
    {
        using var lstm = new LstmCore(3, 4);
        using var state = lstm.InitialState(2);
        var maskError = Assert.Throws<ArgumentException>(() => state.ResetWhere(tensor(new[] { true, false, true }), state));
        Assert.Contains("[2]", maskError.Message);
        using var other = lstm.InitialState(3);
        Assert.Throws<ArgumentException>(() => state.ResetWhere(tensor(new[] { true, false }), other));
        Assert.Throws<KeyNotFoundException>(() => state["item_memory"]);
    }
}
