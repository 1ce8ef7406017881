using SamRL.Atari.Machine.Cartridges;

namespace SamRL.Atari.Machine;

/// <summary>
/// An Atari 2600: CPU, bus, RIOT, TIA and cartridge wired as in ALE 0.12.1's Stella console, run one ALE frame
/// at a time (ALE_REFERENCE §2.1, §3). Build it, call <see cref="PowerOn"/> once, then <see cref="RunFrame"/>;
/// set <see cref="Controllers"/> before each frame. Not thread-safe: one console per thread
/// (<see cref="ParallelConsoles"/> steps many side by side).
/// </summary>
public sealed class AtariConsole
{
    /// <summary>ALE's cap on instructions per <see cref="RunFrame"/>; a frame not finished by then is partial.</summary>
    public const int InstructionsPerFrameLimit = 25_000;

    private const int AutoDetectFrames = 60;
    private const int AutoDetectIgnoredFrames = 30;
    private const int PalScanlineThreshold = 285;
    private const int PalFrameVotes = 15;

    private readonly SystemClock clock = new();
    private readonly Mt19937 systemRandom;
    private readonly Riot riot;
    private readonly Tia tia;
    private readonly Cartridge cartridge;
    private readonly Cpu6507 cpu;
    private readonly AtariConsoleOptions options;
    private bool poweredOn;

    /// <summary>
    /// Builds the console at power-on (§2.1 steps 1–3): seeds the system RNG, creates the RIOT (RAM and timer
    /// from the RNG), the TIA and the cartridge. Nothing runs until <see cref="PowerOn"/>.
    /// </summary>
    /// <exception cref="InvalidRomException">The image is not a usable cartridge; the message names the ROM.</exception>
    /// <exception cref="ArgumentException">An option is out of range; the message names it.</exception>
    public AtariConsole(ReadOnlySpan<byte> rom, AtariConsoleOptions? options = null)
    {
        this.options = options ?? new AtariConsoleOptions();
        ArgumentNullException.ThrowIfNull(this.options.RomName, nameof(options));
        Controllers = new ControllerPorts();
        DisconnectJoystickPots();
        systemRandom = new Mt19937(this.options.SystemRandomSeed);
        cartridge = CartridgeFactory.Create(rom, this.options.RomName, systemRandom, this.options.CartridgeType);
        riot = new Riot(clock, Controllers, systemRandom);
        tia = new Tia(clock, Controllers);
        tia.Configure(TiaVideoStandard.Ntsc, this.options.FirstVisibleLine, this.options.VisibleLines, this.options.HmoveBlanks);
        cpu = new Cpu6507(new Bus(clock, tia, riot, cartridge));
    }

    /// <summary>The controller ports and console switches; the chips read them live.</summary>
    public ControllerPorts Controllers { get; }

    /// <summary>The television standard (auto-detected by <see cref="PowerOn"/> unless given in the options).</summary>
    public TiaVideoStandard Standard => tia.Standard;

    /// <summary>The palette ALE converts this console's screens with.</summary>
    public PaletteTable Palette => PaletteTable.For(tia.Standard);

    /// <summary>Screen width in pixels (160).</summary>
    public int ScreenWidth => Tia.ScreenWidth;

    /// <summary>Screen height in lines (210 NTSC, 250 PAL, or the ROM's override).</summary>
    public int ScreenHeight => tia.VisibleLines;

    /// <summary>The last frame's picture: <see cref="ScreenWidth"/> × <see cref="ScreenHeight"/> palette indices, row-major.</summary>
    public ReadOnlySpan<byte> Screen => tia.Screen;

    /// <summary>The 128 bytes of RAM at $80–$FF.</summary>
    public ReadOnlySpan<byte> Ram => riot.Ram;

    /// <summary>Frames run by <see cref="RunFrame"/> since construction (the hidden auto-detect frames included).</summary>
    public long FrameNumber { get; private set; }

    /// <summary>CPU cycles since construction.</summary>
    public long TotalCycles => clock.Cycles;

    /// <summary>CPU cycles of the last frame (since its start; for a partial frame, so far).</summary>
    public long FrameCycles => tia.CyclesThisFrame;

    /// <summary>Scanlines of the last frame.</summary>
    public int FrameScanlines => tia.Scanlines;

    /// <summary>Whether the last frame hit the instruction cap before ending (its undrawn part is greyed).</summary>
    public bool FrameIsPartial => tia.FrameIsPartial;

    /// <summary>The CPU, for traces and tests.</summary>
    public Cpu6507 Cpu => cpu;

    /// <summary>The TIA, for traces and tests.</summary>
    public Tia Tia => tia;

    /// <summary>The RIOT, for traces and tests.</summary>
    public Riot Riot => riot;

    /// <summary>The cartridge, for traces and tests.</summary>
    public Cartridge Cartridge => cartridge;

    /// <summary>
    /// Finishes power-on (§2.1 step 4): unless the standard was given, a system reset, 60 frames, and PAL if at
    /// least 15 of the last 30 had more than 285 scanlines; a PAL console with 210 lines gets 250. Then a system reset.
    /// </summary>
    /// <exception cref="InvalidOperationException">Called twice.</exception>
    /// <exception cref="AtariConsoleHaltedException">The CPU jammed during the auto-detect frames.</exception>
    public void PowerOn()
    {
        if (poweredOn)
        {
            throw new InvalidOperationException("PowerOn was already called; use SystemReset to reset the console.");
        }

        poweredOn = true;
        TiaVideoStandard standard = options.Standard ?? DetectStandard();
        int lines = standard == TiaVideoStandard.Pal && options.VisibleLines == 210 ? 250 : options.VisibleLines;
        tia.Configure(standard, options.FirstVisibleLine, lines, options.HmoveBlanks);
        SystemReset();
    }

    /// <summary>
    /// The console's reset (§2.1): RIOT (new timer from the system RNG, RAM kept), TIA, cartridge (start bank,
    /// extra RAM from the RNG), then the CPU (registers, PC from $FFFC). Clears a jam.
    /// </summary>
    public void SystemReset()
    {
        riot.Reset();
        tia.Reset();
        cartridge.Reset();
        cpu.Reset();
    }

    /// <summary>
    /// Runs one ALE frame (Stella's <c>TIA::update</c>, §3): until the game ends VSYNC, a TIA write past the
    /// scanline limit, or <see cref="InstructionsPerFrameLimit"/> instructions (then the frame is partial and the
    /// next call continues it). Allocation-free.
    /// </summary>
    /// <exception cref="InvalidOperationException"><see cref="PowerOn"/> has not been called.</exception>
    /// <exception cref="AtariConsoleHaltedException">The CPU executed a jam opcode.</exception>
    public void RunFrame()
    {
        if (!poweredOn)
        {
            throw new InvalidOperationException("Call PowerOn before running frames.");
        }

        StepFrame();
    }

    private void StepFrame()
    {
        tia.BeginFrameUpdate();
        cpu.Execute(InstructionsPerFrameLimit);
        tia.FinishFrameUpdate();
        FrameNumber++;
        if (cpu.Jammed)
        {
            throw new AtariConsoleHaltedException(cpu.JamAddress, cpu.JamOpcode, FrameNumber - 1);
        }
    }

    private TiaVideoStandard DetectStandard()
    {
        SystemReset();
        int palFrames = 0;
        for (int frame = 0; frame < AutoDetectFrames; frame++)
        {
            StepFrame();
            if (frame >= AutoDetectIgnoredFrames && tia.Scanlines > PalScanlineThreshold)
            {
                palFrames++;
            }
        }

        return palFrames >= PalFrameVotes ? TiaVideoStandard.Pal : TiaVideoStandard.Ntsc;
    }

    private void DisconnectJoystickPots()
    {
        if (options.LeftController == AtariConsoleController.Joystick)
        {
            Controllers.PaddleResistance[0] = Controllers.PaddleResistance[1] = Tia.PotDisconnected;
        }

        if (options.RightController == AtariConsoleController.Joystick)
        {
            Controllers.PaddleResistance[2] = Controllers.PaddleResistance[3] = Tia.PotDisconnected;
        }
    }
}
