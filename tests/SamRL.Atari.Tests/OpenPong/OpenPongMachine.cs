using SamRL.Atari.Machine;
using OpenPongRom = SamRL.Atari.Roms.OpenPong;

namespace SamRL.Atari.Tests.OpenPong;

/// <summary>A console running open-pong, driven input by input, with its documented RAM fields spelled out.</summary>
internal sealed class OpenPongMachine
{
    public const byte JoystickIdle = 0xFF;
    public const byte JoystickUp = 0xEF;    // SWCHA bit 4 low
    public const byte JoystickDown = 0xDF;  // SWCHA bit 5 low
    public const byte JoystickLeft = 0xBF;  // SWCHA bit 6 low
    public const byte JoystickRight = 0x7F; // SWCHA bit 7 low
    public const byte SwitchesIdle = 0x3F;
    public const byte SwitchesReset = 0x3E; // SWCHB bit 0 low
    public const byte SwitchesSelect = 0x3D; // SWCHB bit 1 low

    public const int StateOver = 0;
    public const int StateServe = 1;
    public const int StatePlay = 2;

    private OpenPongMachine(AtariConsoleController controller)
    {
        Console = new AtariConsole(OpenPongRom.Rom, new AtariConsoleOptions
        {
            RomName = OpenPongRom.Name,
            Standard = TiaVideoStandard.Ntsc,
            LeftController = controller,
        });
        Console.PowerOn();
    }

    public AtariConsole Console { get; }

    public int ComputerScore => Read(OpenPongRom.ComputerScoreAddress);
    public int PlayerScore => Read(OpenPongRom.PlayerScoreAddress);
    public int State => Read(OpenPongRom.StateAddress);
    public int BallX => Read(OpenPongRom.BallXAddress);
    public int BallY => Read(OpenPongRom.BallYAddress);
    public int ComputerPaddleY => Read(OpenPongRom.ComputerPaddleYAddress);
    public int PlayerPaddleY => Read(OpenPongRom.PlayerPaddleYAddress);
    public int GameMode => Read(OpenPongRom.GameModeAddress);

    /// <summary>Horizontal ball velocity in 1/256 pixels per frame ($88–$89, signed, low byte first).</summary>
    public int BallVelocityX => (short)(Read(0x88) | Read(0x89) << 8);

    /// <summary>Vertical ball velocity in 1/256 lines per frame ($8A–$8B).</summary>
    public int BallVelocityY => (short)(Read(0x8A) | Read(0x8B) << 8);

    /// <summary>Horizontal speed magnitude in 1/256 pixels per frame ($94–$95).</summary>
    public int BallSpeed => Read(0x94) | Read(0x95) << 8;

    /// <summary>Powered on and idle (no game started).</summary>
    public static OpenPongMachine PoweredOn(AtariConsoleController controller = AtariConsoleController.Joystick) => new(controller);

    /// <summary>
    /// Powered on, then started the way ALE resets a game: 60 idle frames, SELECT pressed until the mode byte shows
    /// <paramref name="mode"/> (2 frames held, 1 released, as ALE's Pong settings press it), and 12 frames with RESET held.
    /// </summary>
    public static OpenPongMachine StartedLikeAle(AtariConsoleController controller = AtariConsoleController.Joystick, int mode = OpenPongRom.NormalMode)
    {
        var machine = new OpenPongMachine(controller);
        machine.Run(60);
        for (int press = 0; press < 2 && machine.GameMode != mode; press++)
        {
            machine.Run(2, switches: SwitchesSelect);
            machine.Run(1);
        }

        Assert.Equal(mode, machine.GameMode);
        machine.Run(12, switches: SwitchesReset);
        return machine;
    }

    public int Read(int address) => Console.Ram[address - 0x80];

    public void Run(int frames, byte joystick = JoystickIdle, bool fire = false, byte switches = SwitchesIdle)
    {
        Console.Controllers.JoystickLines = joystick;
        Console.Controllers.LeftFire = fire;
        Console.Controllers.ConsoleSwitches = switches;
        for (int frame = 0; frame < frames; frame++)
        {
            Console.RunFrame();
        }
    }

    /// <summary>Runs idle frames until <paramref name="condition"/> holds; fails after <paramref name="limit"/> frames.</summary>
    public int RunUntil(Func<OpenPongMachine, bool> condition, int limit)
    {
        for (int frame = 1; frame <= limit; frame++)
        {
            Run(1);
            if (condition(this))
            {
                return frame;
            }
        }

        Assert.Fail($"The condition did not hold within {limit} frames.");
        return limit;
    }
}
