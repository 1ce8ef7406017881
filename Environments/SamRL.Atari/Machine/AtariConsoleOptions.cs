using SamRL.Atari.Machine.Cartridges;

namespace SamRL.Atari.Machine;

/// <summary>
/// How to build an <see cref="AtariConsole"/>: the ROM's properties that ALE reads from its database
/// (ALE_REFERENCE §8, §9.5) and the power-on randomness. The defaults are ALE's defaults.
/// </summary>
public sealed record AtariConsoleOptions
{
    /// <summary>Names the ROM in error messages (a file name or path).</summary>
    public string RomName { get; init; } = "ROM";

    /// <summary>Bank-switching scheme; null detects it from the image as Stella does.</summary>
    public CartridgeType? CartridgeType { get; init; }

    /// <summary>Television standard; null auto-detects it at power-on (ALE's Display.Format = AUTO-DETECT).</summary>
    public TiaVideoStandard? Standard { get; init; }

    /// <summary>Scanline of the first stored line after the frame start (Display.YStart, default 34).</summary>
    public int FirstVisibleLine { get; init; } = 34;

    /// <summary>Stored lines (Display.Height, default 210); a console that turns out PAL with 210 gets 250, as in ALE.</summary>
    public int VisibleLines { get; init; } = 210;

    /// <summary>Whether HMOVE bars are drawn (Emulation.HmoveBlanks, default true; false for e.g. Battlezone).</summary>
    public bool HmoveBlanks { get; init; } = true;

    /// <summary>Controller in the left port (Controller.Left).</summary>
    public AtariConsoleController LeftController { get; init; } = AtariConsoleController.Joystick;

    /// <summary>Controller in the right port (Controller.Right).</summary>
    public AtariConsoleController RightController { get; init; } = AtariConsoleController.Joystick;

    /// <summary>Seed of the system RNG that fills RAM and timers at power-on (ALE's system_random_seed, 4753849).</summary>
    public uint SystemRandomSeed { get; init; } = Mt19937.AleSystemSeed;
}
