using SamRL.Atari.Machine;

namespace SamRL.Atari.Games;

/// <summary>
/// One entry of the <see cref="GameTable"/>: how ALE identifies, wires, resets and scores a game.
/// </summary>
public sealed record GameDefinition
{
    /// <summary>ALE's ROM name, lower case with underscores (<c>pong</c>, <c>space_invaders</c>); also the ROM file stem.</summary>
    public required string Name { get; init; }

    /// <summary>The name in environment ids (<c>Pong</c>, <c>SpaceInvaders</c>).</summary>
    public required string IdName { get; init; }

    /// <summary>MD5 digests (lower-case hex) of the ROM revisions whose RAM map these rules fit; the first is ALE's.</summary>
    public required IReadOnlyList<string> Md5s { get; init; }

    /// <summary>The controller in the left port (Controller.Left).</summary>
    public AtariConsoleController LeftController { get; init; } = AtariConsoleController.Joystick;

    /// <summary>The controller in the right port (Controller.Right).</summary>
    public AtariConsoleController RightController { get; init; } = AtariConsoleController.Joystick;

    /// <summary>
    /// Whether the console's ports are swapped (Console.SwapPorts; YES for e.g. Wizard of Wor): player A's joystick is
    /// then read on the right port (SWCHA bits 3–0 and INPT5). Joystick games only.
    /// </summary>
    public bool SwapPorts { get; init; }

    /// <summary>Whether the two paddles of a port are swapped (Controller.SwapPaddles; true for Pong).</summary>
    public bool SwapPaddles { get; init; }

    /// <summary>
    /// Scanline of the first screen line after the frame start (the ROM's Display.YStart in ALE's property database:
    /// 34 unless the entry says otherwise, e.g. 40 for Q*bert, 20 for Road Runner, 30 for Up 'n Down).
    /// </summary>
    public int FirstVisibleLine { get; init; } = 34;

    /// <summary>Screen lines (Display.Height: 210 unless the entry says otherwise, e.g. 230 for Journey Escape; 250 when a 210-line ROM turns out PAL).</summary>
    public int VisibleLines { get; init; } = 210;

    /// <summary>Whether an HMOVE early in a line blanks its first 8 pixels (Emulation.HmoveBlanks: yes unless the entry says no).</summary>
    public bool HmoveBlanks { get; init; } = true;

    /// <summary>
    /// ALE's starting actions: player A's actions played one frame each at the end of every reset (e.g. FIRE for
    /// Enduro, 16 × FIRE for Elevator Action). Like the other reset frames they count as no episode frame and draw no
    /// sticky-action numbers, and the action that sticks afterwards is still NOOP. Empty for most games.
    /// </summary>
    public IReadOnlyList<int> StartingActions { get; init; } = [];

    /// <summary>The minimal action set: ALE ids in increasing order.</summary>
    public required IReadOnlyList<int> MinimalActions { get; init; }

    /// <summary>The game modes ALE accepts; the first is the default.</summary>
    public IReadOnlyList<int> Modes { get; init; } = [0];

    /// <summary>The difficulties ALE accepts (bit 0 = left switch A, bit 1 = right switch A); the first is the default.</summary>
    public IReadOnlyList<int> Difficulties { get; init; } = [0];

    /// <summary>How the mode is selected at reset; null for games that leave ALE's base <c>setMode</c> (no extra soft reset).</summary>
    public ModeSelection? ModeSelection { get; init; }

    /// <summary>Creates the game's reward/terminal/lives rules (a fresh tracker per environment).</summary>
    public required Func<GameRules> CreateRules { get; init; }

    /// <summary>Whether either port holds paddles, so ALE drives paddle resistances instead of joystick lines.</summary>
    public bool UsesPaddles => LeftController == AtariConsoleController.Paddles || RightController == AtariConsoleController.Paddles;

    /// <inheritdoc />
    public override string ToString() => Name;
}
