using SamRL.Atari.Games;
using SamRL.Atari.Machine;

namespace SamRL.Atari.Env;

/// <summary>
/// Puts one frame's input on the console's ports the way ALE's <c>ALEState</c> does (ALE_REFERENCE §4.2): every
/// frame all buttons and switches are released, the difficulty switches re-applied, then the action pressed.
/// Joystick games press SWCHA direction bits and INPT4; paddle games move player A's paddle resistance (state kept
/// across frames, ±23,000 per frame, clamped) and press its fire line on SWCHA. Player B always plays NOOP. With
/// swapped ports, player A's joystick is wired to the right port (SWCHA bits 3–0, INPT5).
/// </summary>
internal sealed class ControllerInput
{
    /// <summary>ALE's smallest paddle resistance.</summary>
    public const int PaddleMinimum = 27_450;

    /// <summary>ALE's largest paddle resistance.</summary>
    public const int PaddleMaximum = 790_196;

    /// <summary>Where both paddles start at every reset: the midpoint of the range.</summary>
    public const int PaddleMidpoint = (PaddleMinimum + PaddleMaximum) / 2;

    /// <summary>Resistance change per frame of a turning paddle (strength 1).</summary>
    public const int PaddleStep = 23_000;

    private const byte Released = 0xFF;
    private const byte IdleSwitches = 0x3F;
    private const byte ResetSwitch = 0x01;
    private const byte SelectSwitch = 0x02;

    private static readonly byte[] JoystickPressedBits = BuildTable(JoystickBits);
    private static readonly bool[] FirePressed = Enumerable.Range(0, AtariActions.Count).Select(AtariActions.HasFire).ToArray();
    private static readonly int[] PaddleDirection = Enumerable.Range(0, AtariActions.Count)
        .Select(id => AtariActions.HasRight(id) ? -1 : AtariActions.HasLeft(id) ? 1 : 0).ToArray();

    private readonly ControllerPorts ports;
    private readonly bool paddles;
    private readonly bool leftPortPaddles;
    private readonly bool swapPorts;
    private readonly int playerAPin;
    private readonly int playerBPin;
    private readonly byte playerAFireBit;
    private byte difficultySwitches;
    private int playerAResistance = PaddleMidpoint;
    private int playerBResistance = PaddleMidpoint;

    /// <summary>Wires the input for <paramref name="game"/> onto <paramref name="ports"/> before the console powers on.</summary>
    public ControllerInput(ControllerPorts ports, GameDefinition game)
    {
        this.ports = ports;
        paddles = game.UsesPaddles;
        leftPortPaddles = game.LeftController == AtariConsoleController.Paddles;
        swapPorts = game.SwapPorts;

        // Stella's paddle pins: paddle 0 on INPT0 and SWCHA bit 7, paddle 1 on INPT1 and bit 6; swapped for Pong.
        playerAPin = game.SwapPaddles ? 1 : 0;
        playerBPin = 1 - playerAPin;
        playerAFireBit = game.SwapPaddles ? (byte)0x40 : (byte)0x80;

        // Until ALE's environment exists (the hidden auto-detect frames) its paddle events read 0, which the TIA
        // reports as charged at once; the right port's paddles stay so forever, since ALE never drives them.
        if (leftPortPaddles)
        {
            ports.PaddleResistance[0] = ports.PaddleResistance[1] = Tia.PotShorted;
        }

        if (game.RightController == AtariConsoleController.Paddles)
        {
            ports.PaddleResistance[2] = ports.PaddleResistance[3] = Tia.PotShorted;
        }
    }

    /// <summary>Sets the difficulty switches used from the next frame on (bit 0 = left A, bit 1 = right A).</summary>
    public void SetDifficulty(int difficulty) =>
        difficultySwitches = (byte)(((difficulty & 1) != 0 ? 0x40 : 0) | ((difficulty & 2) != 0 ? 0x80 : 0));

    /// <summary>Puts both paddles back at the midpoint (ALE's reset, §2.2 step 1).</summary>
    public void ResetPaddles()
    {
        playerAResistance = playerBResistance = PaddleMidpoint;
        WritePaddles();
    }

    /// <summary>Sets the ports for one frame: player A's <paramref name="action"/>, and the RESET or SELECT switch.</summary>
    public void Apply(int action, bool reset, bool select)
    {
        ports.ConsoleSwitches = (byte)((IdleSwitches | difficultySwitches) & ~(reset ? ResetSwitch : 0) & ~(select ? SelectSwitch : 0));
        ports.RightFire = false;
        if (paddles)
        {
            if (!select)
            {
                playerAResistance = Math.Clamp(playerAResistance + (PaddleDirection[action] * PaddleStep), PaddleMinimum, PaddleMaximum);
                WritePaddles();
            }

            ports.JoystickLines = (byte)(Released & ~(FirePressed[action] && !select ? playerAFireBit : 0));
            ports.LeftFire = false;
        }
        else
        {
            byte pressed = select ? (byte)0 : JoystickPressedBits[action];
            bool fire = FirePressed[action] && !select;

            // Stella plugs the left-jack joystick (player A's events) into port 1 when the ports are swapped.
            ports.JoystickLines = (byte)(Released & ~(swapPorts ? pressed >> 4 : pressed));
            ports.LeftFire = fire && !swapPorts;
            ports.RightFire = fire && swapPorts;
        }
    }

    private void WritePaddles()
    {
        if (leftPortPaddles)
        {
            ports.PaddleResistance[playerAPin] = playerAResistance;
            ports.PaddleResistance[playerBPin] = playerBResistance;
        }
    }

    private static byte JoystickBits(int id) => (byte)(
        (AtariActions.HasUp(id) ? 0x10 : 0) | (AtariActions.HasDown(id) ? 0x20 : 0) |
        (AtariActions.HasLeft(id) ? 0x40 : 0) | (AtariActions.HasRight(id) ? 0x80 : 0));

    private static byte[] BuildTable(Func<int, byte> bits) => Enumerable.Range(0, AtariActions.Count).Select(bits).ToArray();
}
