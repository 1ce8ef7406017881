namespace SamRL.Atari.Tests.Ale;

/// <summary>Which kind of line of ALE's trace harness a checkpoint was taken from.</summary>
internal enum AleTraceLine
{
    /// <summary>The state after loadROM or after reset_game(), before the step of the same number.</summary>
    Reset,

    /// <summary>The state after act() of that step.</summary>
    Step,
}

/// <summary>One recorded state of an ALE trace: counters, lives, RAM $80..$FF (hex) and FNV-1a 64 of the screen.</summary>
internal sealed record AleCheckpoint(AleTraceLine Kind, int Step, long EpisodeFrame, long Frame, int Lives, ulong ScreenHash, string Ram);

/// <summary>
/// A trace of ALE 0.12.1 (ALE_REFERENCE §12): loadROM with the given sticky-action probability and random_seed,
/// <see cref="Steps"/> act() calls with SplitMix64 (seed 12345) actions drawn from the minimal set, reset_game() after
/// every game over; what it printed at a few steps, the steps whose act() ended a game, and the summed reward.
/// </summary>
internal sealed record AleTrace(
    string Game,
    string Md5,
    double StickyProbability,
    uint RandomSeed,
    int Steps,
    int TotalReward,
    int[] GameOverSteps,
    AleCheckpoint[] Checkpoints)
{
    /// <summary>SplitMix64 seed of the action stream (the harness's default).</summary>
    public const ulong ActionSeed = 12345;
}
