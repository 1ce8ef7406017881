namespace SamRL.Atari.Machine;

/// <summary>
/// The TIA (Television Interface Adaptor) as Stella 2.4.2's scanline renderer emulates it, which is what
/// ALE 0.12.1 runs (ALE_REFERENCE §3, §4.2, §9.3). The picture is drawn lazily: every register access first
/// renders the pixels up to the access's colour clock, then changes the register, so a frame is exact to the
/// CPU instruction's time stamp. Sound registers are accepted and ignored (sound never affects emulation).
/// </summary>
/// <remarks>
/// Time is kept in colour clocks (3 per CPU cycle) on the absolute <see cref="SystemClock.Cycles"/> scale.
/// Stella instead rebases its cycle counter at every frame start; the few places where that changes results
/// (paddle timing, WSYNC alignment) are computed on the rebased scale explicitly.
/// </remarks>
public sealed partial class Tia : IBusDevice
{
    /// <summary>Pixels per line.</summary>
    public const int ScreenWidth = 160;

    /// <summary>Colour clocks per scanline.</summary>
    public const int ClocksPerLine = 228;

    /// <summary>Colour clocks of horizontal blank at the start of each line.</summary>
    private const int HorizontalBlank = 68;

    /// <summary>Lines the frame buffers hold (Stella's 160 × 300 buffers).</summary>
    private const int BufferLines = 300;

    private readonly SystemClock clock;
    private readonly ControllerPorts ports;

    /// <summary>Creates a TIA on the given clock, reading inputs from <paramref name="ports"/>; call <see cref="Reset"/> before use.</summary>
    public Tia(SystemClock clock, ControllerPorts ports)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(ports);
        this.clock = clock;
        this.ports = ports;
    }

    /// <summary>The television standard; decides the forced frame end and PAL colour loss (applied at <see cref="Reset"/>).</summary>
    public TiaVideoStandard Standard { get; private set; } = TiaVideoStandard.Ntsc;

    /// <summary>Scanline (after the frame start) of the first stored line (Display.YStart, default 34).</summary>
    public int FirstVisibleLine { get; private set; } = 34;

    /// <summary>Lines stored per frame (Display.Height: 210 NTSC, 250 PAL).</summary>
    public int VisibleLines { get; private set; } = 210;

    /// <summary>Whether HMOVE early in a line blanks its first 8 pixels (Emulation.HmoveBlanks, default yes).</summary>
    public bool HmoveBlanksEnabled { get; private set; } = true;

    /// <summary>
    /// Sets the display properties the next <see cref="Reset"/> applies (as Stella reads them from the ROM's
    /// properties at reset).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The window does not fit the 300-line frame buffer.</exception>
    public void Configure(TiaVideoStandard standard, int firstVisibleLine, int visibleLines, bool hmoveBlanks)
    {
        if (!Enum.IsDefined(standard))
        {
            throw new ArgumentOutOfRangeException(nameof(standard), standard, "Expected Ntsc or Pal.");
        }

        if (firstVisibleLine is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(firstVisibleLine), firstVisibleLine, "Display.YStart must be 0..100.");
        }

        if (visibleLines is < 200 or > BufferLines)
        {
            throw new ArgumentOutOfRangeException(nameof(visibleLines), visibleLines, $"Display.Height must be 200..{BufferLines}.");
        }

        Standard = standard;
        FirstVisibleLine = firstVisibleLine;
        VisibleLines = visibleLines;
        HmoveBlanksEnabled = hmoveBlanks;
    }

    /// <summary>Resets all registers, object positions and collision latches (Stella's <c>TIA::reset</c> + <c>frameReset</c>).</summary>
    public void Reset()
    {
        ResetRegisters();
        bool pal = Standard == TiaVideoStandard.Pal;
        colorLossEnabled = pal;
        maximumScanlines = pal ? 342 : 290;
        ResetFrame();
    }
}
