using static TorchSharp.torch;

namespace SamRL.Memory.Tests;

public sealed class StmStepTests
{
    public static TheoryData<string> Variants => new(StmVariants.Names);

    [Theory]
    [MemberData(nameof(Variants))]
    public void ThreeStepsMatchThePlainLoopImplementation(string variant)
    {
        using var stm = StmVariants.Create(variant);
        var reference = new ReferenceStm(stm);
        const int batch = 2, steps = 3;
        manual_seed(11);
        var inputs = randn(steps, batch, stm.InputSize, ScalarType.Float64);

        var state = stm.InitialState(batch);
        var referenceStates = Enumerable.Range(0, batch).Select(b => ToReference(state, b)).ToArray();
        for (int t = 0; t < steps; t++)
        {
            var (output, next) = stm.Step(inputs[t], state);
            for (int b = 0; b < batch; b++)
            {
                var (expectedOutput, expectedState) = reference.Step(inputs[t][b].data<double>().ToArray(), referenceStates[b]);
                AssertClose(expectedOutput, output[b].data<double>().ToArray(), $"{variant} output, step {t}, sample {b}");
                AssertClose(expectedState.Read, next[Stm.ReadName][b].data<double>().ToArray(), $"{variant} read, step {t}");
                AssertClose(Flatten(expectedState.Item), next[Stm.ItemMemoryName][b].contiguous().data<double>().ToArray(), $"{variant} M^i, step {t}");
                if (expectedState.Relational is not null)
                    AssertClose(Flatten(expectedState.Relational), next[Stm.RelationalMemoryName][b].contiguous().data<double>().ToArray(), $"{variant} M^r, step {t}");
                else
                    Assert.False(next.Contains(Stm.RelationalMemoryName));
                referenceStates[b] = expectedState;
            }
            state = next;
        }
    }

    [Fact]
    public void RelationalMemoryIsNotCarriedInTheReinforcementLearningVariant()
    {
        using var stm = new Stm(StmPresets.ReinforcementLearning());
        using var state = stm.InitialState(1);
        Assert.Equal([Stm.ReadName, Stm.ItemMemoryName], state.Names);
    }

    private static ReferenceStm.State ToReference(RecurrentState state, int b)
    {
        var item = state[Stm.ItemMemoryName][b].contiguous();
        int d = (int)item.shape[0];
        var itemArray = new double[d, d];
        Buffer.BlockCopy(item.data<double>().ToArray(), 0, itemArray, 0, d * d * sizeof(double));
        double[,,]? relational = null;
        if (state.Contains(Stm.RelationalMemoryName))
        {
            var r = state[Stm.RelationalMemoryName][b].contiguous();
            relational = new double[r.shape[0], d, d];
            Buffer.BlockCopy(r.data<double>().ToArray(), 0, relational, 0, (int)r.numel() * sizeof(double));
        }
        return new ReferenceStm.State(state[Stm.ReadName][b].data<double>().ToArray(), itemArray, relational);
    }

    private static double[] Flatten(Array array)
    {
        var flat = new double[array.Length];
        Buffer.BlockCopy(array, 0, flat, 0, array.Length * sizeof(double));
        return flat;
    }

    internal static void AssertClose(double[] expected, double[] actual, string what, double tolerance = 1e-10)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance * Math.Max(1, Math.Abs(expected[i])),
                $"{what}: element {i} expected {expected[i]:R}, got {actual[i]:R}");
    }
}
