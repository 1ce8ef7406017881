using SamRL.Agents.Babi;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SamRL.Agents.Tests.Babi;

public sealed class BabiAdamTests
{
    [Fact]
    public void StepsMatchTorchAdamAndSkipParametersWithoutGradient()
    {
        manual_seed(5);
        using var start = randn(3, 4);
        var ours = new Parameter(start.clone());
        var theirs = new Parameter(start.clone());
        var idle = new Parameter(start.clone());
        using var adam = new BabiAdam([ours, idle], 0.01, 0.9, 0.99);
        using var reference = optim.Adam([theirs], lr: 0.01, beta1: 0.9, beta2: 0.99);
        for (var step = 0; step < 4; step++)
        {
            using var target = randn(3, 4);
            adam.ZeroGrad();
            reference.zero_grad();
            using (var loss = (ours - target).square().sum() * (step + 1)) loss.backward();
            using (var loss = (theirs - target).square().sum() * (step + 1)) loss.backward();
            adam.Step();
            reference.step();
        }

        Assert.True(ours.allclose(theirs, rtol: 1e-5, atol: 1e-6));
        Assert.False(ours.allclose(start));
        Assert.True(idle.equal(start).all().item<bool>());
        Assert.Equal([4L, 0L], adam.Steps);
    }
}
