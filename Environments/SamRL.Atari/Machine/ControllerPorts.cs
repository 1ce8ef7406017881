namespace SamRL.Atari.Machine;

/// <summary>
/// The levels on the console's controller ports and switches, written by the environment before each
/// frame and read by the chips: the RIOT reads joystick directions (SWCHA) and console switches
/// (SWCHB); the TIA reads fire buttons (INPT4/INPT5) and paddle resistances (INPT0–INPT3).
/// Levels are as the hardware sees them: a pressed button or direction reads as 0.
/// </summary>
public sealed class ControllerPorts
{
    /// <summary>SWCHA: bits 7–4 player 0 (right, left, down, up), bits 3–0 player 1; 1 = released.</summary>
    public byte JoystickLines = 0xFF;

    /// <summary>
    /// SWCHB: bit 0 RESET, bit 1 SELECT, bit 3 color/BW, bit 6 P0 difficulty, bit 7 P1 difficulty; 0 = pressed / B / amateur.
    /// Bits 2, 4 and 5 read 1 as in ALE, so the idle value with both difficulties B is $3F (ALE_REFERENCE §4.2).
    /// </summary>
    public byte ConsoleSwitches = 0x3F;

    /// <summary>Fire buttons of the left (INPT4) and right (INPT5) joysticks; true = pressed.</summary>
    public bool LeftFire, RightFire;

    /// <summary>Paddle resistances in ohms for INPT0..INPT3 (ALE's midpoint 408,823 at reset, ALE_REFERENCE §2.2).</summary>
    public readonly int[] PaddleResistance = [408_823, 408_823, 408_823, 408_823];
}
