using SamRL.Atari.Env;

namespace SamRL.Atari.Tests.Env;

/// <summary>The step loop allocates nothing (measured on the current thread).</summary>
public sealed class AllocationTests
{
    [Theory]
    [InlineData(AtariObservationType.Rgb)]
    [InlineData(AtariObservationType.Grayscale)]
    [InlineData(AtariObservationType.Ram)]
    [InlineData(AtariObservationType.PaletteIndices)]
    public void Steps_allocate_nothing(AtariObservationType observation)
    {
        using var env = new AtariEnv(ProbeRom.Rom(ProbeRom.Paddles(swap: true)), new AtariEnvOptions { ObservationType = observation });
        env.Reset();
        Run(env, 20);

        long before = GC.GetAllocatedBytesForCurrentThread();
        Run(env, 100);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }

    private static void Run(AtariEnv env, int steps)
    {
        for (int step = 0; step < steps; step++)
        {
            env.Step(step % env.ActionSet.Count);
            _ = env.ComputeStateChecksum();
        }
    }
}
