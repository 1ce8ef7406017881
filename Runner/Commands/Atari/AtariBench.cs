using System.Diagnostics;
using System.Runtime.ExceptionServices;
using SamRL.Atari.Env;
using SamRL.Environments.Core;

namespace SamRL.Runner.Commands.Atari;

/// <summary>
/// <c>atari bench</c>, as ALE_REFERENCE §12 measures ALE: one thread, frame skip 1, no sticky actions, SplitMix64
/// random minimal-set actions (seed 12345), reset_game() on game over inside the timed loop, and optionally a screen
/// fetch after every frame.
/// </summary>
internal static class AtariBench
{
    /// <summary>Times <paramref name="frames"/> act() calls.</summary>
    public static BenchResult Run(AleInterface ale, long frames, BenchScreen screen, ulong actionSeed)
    {
        var actions = new SplitMix64(actionSeed);
        int[] set = ale.Game.MinimalActions.ToArray();
        byte[] buffer = new byte[ale.Screen.Length * (screen == BenchScreen.Rgb ? 3 : 1)];
        long consoleFramesBefore = ale.Console.FrameNumber;
        int episodes = 0;
        var clock = Stopwatch.StartNew();
        for (long frame = 0; frame < frames; frame++)
        {
            ale.Act(set[(int)(actions.Next() % (ulong)set.Length)]);
            Fetch(ale, screen, buffer);
            if (ale.IsGameOver)
            {
                episodes++;
                ale.ResetGame();
            }
        }

        clock.Stop();
        return new BenchResult(ale.Game.Name, ale.Rom.Md5, frames, episodes, clock.Elapsed.TotalSeconds, ale.Console.FrameNumber - consoleFramesBefore);
    }

    /// <summary>
    /// Times <paramref name="frames"/> act() calls on each of <paramref name="consoles"/> environments at once, one
    /// thread each, as a vector environment steps them: environment k plays its own console with action seed
    /// <paramref name="actionSeed"/> + k. The result counts the frames of all of them over the wall time of the
    /// slowest, so its frames/s over the one-thread figure is the scaling.
    /// </summary>
    public static BenchResult RunParallel(Func<AleInterface> create, int consoles, long frames, BenchScreen screen, ulong actionSeed)
    {
        var environments = Enumerable.Range(0, consoles).Select(_ => create()).ToArray();
        var results = new BenchResult[consoles];
        var failures = new ExceptionDispatchInfo?[consoles];
        using var start = new Barrier(consoles + 1);
        var threads = Enumerable.Range(0, consoles).Select(k => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                results[k] = Run(environments[k], frames, screen, actionSeed + (ulong)k);
            }
            catch (Exception failure)
            {
                // Rethrown on the calling thread, where a halted ROM becomes one error line instead of a crash.
                failures[k] = ExceptionDispatchInfo.Capture(failure);
            }
        }) { Name = $"atari bench console {k}" }).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        start.SignalAndWait();
        var clock = Stopwatch.StartNew();
        foreach (var thread in threads)
        {
            thread.Join();
        }

        clock.Stop();
        failures.FirstOrDefault(failure => failure is not null)?.Throw();
        return new BenchResult(
            results[0].Game, results[0].Md5, results.Sum(result => result.Frames), results.Sum(result => result.Episodes),
            clock.Elapsed.TotalSeconds, results.Sum(result => result.EmulatedFrames));
    }

    private static void Fetch(AleInterface ale, BenchScreen screen, byte[] buffer)
    {
        switch (screen)
        {
            case BenchScreen.Copy:
                ale.Screen.CopyTo(buffer);
                break;
            case BenchScreen.Rgb:
                ale.Palette.ToRgb(ale.Screen, buffer);
                break;
            case BenchScreen.Gray:
                ale.Palette.ToGray(ale.Screen, buffer);
                break;
        }
    }
}
