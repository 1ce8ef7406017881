namespace SamRL.Atari.Games;

/// <summary>
/// How a game's mode is chosen at reset, as ALE's <c>setMode</c> overrides do (ALE_REFERENCE §2.2 step 6): press
/// SELECT (<paramref name="FramesPerPress"/> frames held, then one NOOP frame) until the mode byte at
/// <paramref name="RamAddress"/> equals the wanted mode, then soft-reset. Games with a selection get 4 more reset
/// frames than games without (72 instead of 68).
/// </summary>
/// <param name="RamAddress">RAM address ($80..$FF) of the game's current mode.</param>
/// <param name="FramesPerPress">Frames SELECT is held per press (2 for Pong and Space Invaders, 1 for Breakout and Freeway).</param>
public sealed record ModeSelection(int RamAddress, int FramesPerPress);
