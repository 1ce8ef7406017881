using static TorchSharp.torch;

namespace SamRL.Memory.Tests;

/// <summary>Analytical gradients of STM (autograd through two steps) against central finite differences, in float64.</summary>
public sealed class GradientTests
{
    public static TheoryData<string> Variants => new(StmVariants.Names);

    [Theory]
    [MemberData(nameof(Variants))]
    public void GradientsEqualFiniteDifferences(string variant)
    {
        using var stm = StmVariants.Create(variant);
        manual_seed(17);
        using var inputs = randn(2, 2, stm.InputSize, ScalarType.Float64);
        using var projection = randn(2, 2, stm.OutputSize, ScalarType.Float64);

        double Loss()
        {
            using var scope = NewDisposeScope();
            var (outputs, state) = stm.Sequence(inputs);
            state.Dispose();
            return (outputs * projection).sum().item<double>();
        }

        stm.zero_grad();
        using (var scope = NewDisposeScope())
        {
            var (outputs, state) = stm.Sequence(inputs);
            (outputs * projection).sum().backward();
            state.Dispose();
        }

        var random = new Random(23);
        int checkedEntries = 0;
        foreach (var (name, parameter) in stm.named_parameters())
        {
            using var gradient = parameter.grad;
            double[] analytical = gradient is null ? new double[parameter.numel()] : gradient.data<double>().ToArray();
            for (int sample = 0; sample < 3; sample++)
            {
                int index = random.Next((int)parameter.numel());
                double numerical = CentralDifference(parameter, index, Loss);
                Assert.True(Math.Abs(analytical[index] - numerical) <= 1e-6 * Math.Max(1, Math.Abs(numerical)),
                    $"{variant}: d loss / d {name}[{index}] analytical {analytical[index]:R}, finite difference {numerical:R}");
                checkedEntries++;
            }
        }
        Assert.True(checkedEntries > 30);
    }

    private static double CentralDifference(Tensor parameter, int index, Func<double> loss)
    {
        const double step = 1e-6;
        using var flat = parameter.detach().view(-1);
        double original = flat[index].item<double>();
        using (no_grad())
        {
            flat[index] = original + step;
            double plus = loss();
            flat[index] = original - step;
            double minus = loss();
            flat[index] = original;
            return (plus - minus) / (2 * step);
        }
    }
}
