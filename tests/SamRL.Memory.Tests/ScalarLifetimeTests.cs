using SamRL.Memory;
using SamRL.Tests.Shared;
using static TorchSharp.torch;

namespace SamRL.Memory.Tests;

/// <summary>
/// SamRL.Memory never hands libtorch a scalar that a garbage collection could free during the call (KeptScalars), and
/// the check that says so finds each way of making one.
/// </summary>
public sealed class ScalarLifetimeTests
{
    [Fact]
    public void TheMemoryLibraryMakesNoTemporaryScalars()
    {
        ScalarTemporaries.AssertNone(typeof(Stm).Assembly.Location);
    }

    [Fact]
    public void TheCheckFindsEachKindOfTemporaryAndAcceptsKeptScalars()
    {
        var found = ScalarTemporaries.Find(typeof(ScalarLifetimeTests).Assembly.Location, type => type.Name == nameof(ScalarSamples));
        string[] flagged = [.. found.Select(line => line.Split(' ')[1].Split('.')[1].TrimEnd(':')).Distinct().Order(StringComparer.Ordinal)];
        string[] expected =
        [
            nameof(ScalarSamples.AddsTensors), nameof(ScalarSamples.AddsInPlace), nameof(ScalarSamples.ConvertsAPlainLocal),
            nameof(ScalarSamples.ConvertsAnArgument), nameof(ScalarSamples.ScalesByANumber), nameof(ScalarSamples.Squares),
            nameof(ScalarSamples.MakesAnEluModule),
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), flagged);
        Assert.All(found, line => Assert.Contains("ScalarLifetimeTests.cs:", line));
    }

    private sealed class ScalarSamples : IDisposable
    {
        private readonly Scalar field = 3.0.ToScalar();

        public static Tensor AddsTensors(Tensor a, Tensor b) => a + b;

        public static Tensor AddsInPlace(Tensor a, Tensor b) => a.add_(b);

        public static Tensor ScalesByANumber(Tensor a) => a * 2.0;

        public static Tensor Squares(Tensor a) => a.square();

        public static Tensor ConvertsAnArgument(Tensor a) => a.mul_(0.5);

        public static nn.Module<Tensor, Tensor> MakesAnEluModule() => nn.ELU();

        public static nn.Module<Tensor, Tensor> MakesAReluModule() => nn.ReLU();

        public static Tensor ConvertsAPlainLocal(Tensor a)
        {
            var scale = 0.5.ToScalar();
            return a.mul(scale);
        }

        public static Tensor KeepsAUsingLocal(Tensor a)
        {
            using var scale = 0.5.ToScalar();
            return a.mul(scale);
        }

        public static Tensor KeepsAUsingBlock(Tensor a)
        {
            using (var scale = 0.5.ToScalar())
            {
                return a.mul(scale);
            }
        }

        public static Tensor UsesKeptConstants(Tensor a, Tensor b) => a.add(b, KeptScalars.One).mul_(KeptScalars.Two);

        public Tensor UsesAField(Tensor a) => a.mul(field);

        public void Dispose() => field.Dispose();
    }
}
