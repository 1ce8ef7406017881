using static TorchSharp.torch;

namespace SamRL.Memory.Tests;

/// <summary>The LSTM core's written-out step against TorchSharp's own LSTMCell and a hand computation.</summary>
public sealed class LstmCoreTests
{
    [Fact]
    public void StepsEqualTorchSharpsLstmCellWithTheSameWeights()
    {
        manual_seed(5);
        using var core = new LstmCore(7, 4);
        using var inputs = randn(3, 2, 7);
        using var scope = NewDisposeScope();
        var state = core.InitialState(2);
        Tensor h = zeros(2, 4), c = zeros(2, 4);
        for (int t = 0; t < 3; t++)
        {
            var (output, next) = core.Step(inputs[t], state);
            (h, c) = core.Cell.forward(inputs[t], (h, c));
            Assert.True(output.allclose(h, rtol: 1e-6, atol: 1e-7), $"h, step {t}");
            Assert.True(next[LstmCore.CellName].allclose(c, rtol: 1e-6, atol: 1e-7), $"c, step {t}");
            state = next;
        }
    }

    [Fact]
    public void OneStepMatchesAHandComputation()
    {
        using var core = new LstmCore(1, 1);
        using (no_grad())
        {
            // Gate order i, f, g, o. Input weights 1, 2, 3, 4; recurrent weights 0.5; biases 0 and 0.25.
            core.Cell.weight_ih!.copy_(tensor(new float[] { 1, 2, 3, 4 }).view(4, 1));
            core.Cell.weight_hh!.fill_(0.5f);
            core.Cell.bias_ih!.zero_();
            core.Cell.bias_hh!.fill_(0.25f);
        }
        using var scope = NewDisposeScope();
        var state = new RecurrentState([LstmCore.HiddenName, LstmCore.CellName], [tensor(new float[] { 1 }).view(1, 1), tensor(new float[] { 2 }).view(1, 1)]);
        var (output, next) = core.Step(tensor(new float[] { 0.5f }).view(1, 1), state);
        // Pre-activations: x·w_ih + h·0.5 + 0.25 = 0.5·w + 0.75 → i 1.25, f 1.75, g 2.25, o 2.75.
        double i = Sigmoid(1.25), f = Sigmoid(1.75), g = Math.Tanh(2.25), o = Sigmoid(2.75);
        double cell = f * 2 + i * g, hidden = o * Math.Tanh(cell);
        // Within float precision (an absolute tolerance: rounding to 5 decimals flips at a boundary).
        Assert.Equal(cell, next[LstmCore.CellName].item<float>(), 1e-5);
        Assert.Equal(hidden, output.item<float>(), 1e-5);
    }

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));
}
