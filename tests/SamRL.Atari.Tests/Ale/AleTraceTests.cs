using SamRL.Atari.Tests.Games;

namespace SamRL.Atari.Tests.Ale;

/// <summary>
/// Bit-identical with ALE 0.12.1 on the real ROMs (issue #3): RAM, screen hash, counters and lives at recorded steps of
/// 2,000-step random traces, every game over and the summed reward, with and without sticky actions. Skipped without
/// SAMRL_ROM_DIR.
/// </summary>
public sealed class AleTraceTests
{
    [AleTraceFact(nameof(AleTraces.PongNoSticky))]
    public void Pong_matches_ALE_step_by_step_without_sticky_actions() => Replay(AleTraces.PongNoSticky);

    [AleTraceFact(nameof(AleTraces.PongSticky))]
    public void Pong_matches_ALE_step_by_step_with_sticky_actions_0_25() => Replay(AleTraces.PongSticky);

    [AleTraceFact(nameof(AleTraces.BreakoutNoSticky))]
    public void Breakout_matches_ALE_step_by_step_without_sticky_actions() => Replay(AleTraces.BreakoutNoSticky);

    [AleTraceFact(nameof(AleTraces.BreakoutSticky))]
    public void Breakout_matches_ALE_step_by_step_with_sticky_actions_0_25() => Replay(AleTraces.BreakoutSticky);

    [AleTraceFact(nameof(AleTraces.BoxingNoSticky))]
    public void Boxing_matches_ALE_step_by_step_without_sticky_actions() => Replay(AleTraces.BoxingNoSticky);

    [AleTraceFact(nameof(AleTraces.BoxingSticky))]
    public void Boxing_matches_ALE_step_by_step_with_sticky_actions_0_25() => Replay(AleTraces.BoxingSticky);

    [AleTraceFact(nameof(AleTraces.FreewayNoSticky))]
    public void Freeway_matches_ALE_step_by_step_without_sticky_actions() => Replay(AleTraces.FreewayNoSticky);

    [AleTraceFact(nameof(AleTraces.FreewaySticky))]
    public void Freeway_matches_ALE_step_by_step_with_sticky_actions_0_25() => Replay(AleTraces.FreewaySticky);

    [AleTraceFact(nameof(AleTraces.SpaceInvadersNoSticky))]
    public void Space_invaders_matches_ALE_step_by_step_without_sticky_actions() => Replay(AleTraces.SpaceInvadersNoSticky);

    [AleTraceFact(nameof(AleTraces.SpaceInvadersSticky))]
    public void Space_invaders_matches_ALE_step_by_step_with_sticky_actions_0_25() => Replay(AleTraces.SpaceInvadersSticky);

    private static void Replay(AleTrace trace) => AleTraceReplay.AssertMatches(trace, RealRoms.Require(trace.Game));
}
