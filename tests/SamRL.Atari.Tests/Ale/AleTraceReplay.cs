using SamRL.Atari.Env;
using SamRL.Atari.Roms;
using SamRL.Environments.Core;

namespace SamRL.Atari.Tests.Ale;

/// <summary>Runs <see cref="AleInterface"/> through the same loop as ALE's trace harness and checks it against an <see cref="AleTrace"/>.</summary>
internal static class AleTraceReplay
{
    public static void AssertMatches(AleTrace trace, AtariRom rom)
    {
        var ale = new AleInterface(rom, new AleSettings { RepeatActionProbability = trace.StickyProbability, RandomSeed = trace.RandomSeed });
        var actions = new SplitMix64(AleTrace.ActionSeed);
        IReadOnlyList<int> minimal = ale.Game.MinimalActions;
        var gameOverSteps = new List<int>();
        int totalReward = 0;
        int checkedCount = 0;
        checkedCount += CheckIfRecorded(trace, AleTraceLine.Reset, 0, ale);
        for (int step = 0; step < trace.Steps; step++)
        {
            totalReward += ale.Act(minimal[(int)(actions.Next() % (ulong)minimal.Count)]);
            checkedCount += CheckIfRecorded(trace, AleTraceLine.Step, step, ale);
            if (ale.IsGameOver)
            {
                gameOverSteps.Add(step);
                ale.ResetGame();
                checkedCount += CheckIfRecorded(trace, AleTraceLine.Reset, step + 1, ale);
            }
        }

        Assert.Equal(trace.Checkpoints.Length, checkedCount);
        Assert.Equal(trace.GameOverSteps, gameOverSteps);
        Assert.Equal(trace.TotalReward, totalReward);
    }

    private static int CheckIfRecorded(AleTrace trace, AleTraceLine kind, int step, AleInterface ale)
    {
        AleCheckpoint? expected = trace.Checkpoints.FirstOrDefault(checkpoint => checkpoint.Kind == kind && checkpoint.Step == step);
        if (expected is null)
        {
            return 0;
        }

        string where = $"{trace.Game}, p = {trace.StickyProbability}, {kind} line of step {step}";
        Assert.True(expected.Ram == Convert.ToHexStringLower(ale.Ram), $"{where}: RAM differs from ALE's.\nALE: {expected.Ram}\nour: {Convert.ToHexStringLower(ale.Ram)}");
        Assert.True(expected.ScreenHash == Fnv1a64(ale.Screen), $"{where}: screen hash {Fnv1a64(ale.Screen):x16}, ALE's {expected.ScreenHash:x16}.");
        Assert.Equal((expected.EpisodeFrame, expected.Frame, expected.Lives), (ale.EpisodeFrameNumber, ale.FrameNumber, ale.Lives));
        return 1;
    }

    /// <summary>FNV-1a 64 as the harness hashes the screen's palette indices.</summary>
    private static ulong Fnv1a64(ReadOnlySpan<byte> bytes)
    {
        ulong hash = 0xCBF29CE484222325UL;
        foreach (byte value in bytes)
        {
            hash = (hash ^ value) * 0x100000001B3UL;
        }

        return hash;
    }
}
