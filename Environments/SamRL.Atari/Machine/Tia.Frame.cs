namespace SamRL.Atari.Machine;

/// <summary>Frame bookkeeping: where the beam is, when a frame starts and ends, and catching the picture up.</summary>
public sealed partial class Tia
{
    // Stella draws into one buffer while the other holds the previous frame and swaps them at each frame start,
    // so lines a short frame never reaches still show the frame before the previous one.
    private byte[] currentBuffer = new byte[ScreenWidth * BufferLines];
    private byte[] previousBuffer = new byte[ScreenWidth * BufferLines];
    private int framePointer;

    private long frameStartClock;
    private long startDisplayClock;
    private long stopDisplayClock;
    private long lastUpdateClock;
    private int clocksToEndOfLine;
    private long vsyncFinishClock;

    /// <summary>First colour clock more than <see cref="maximumScanlines"/> lines into the frame.</summary>
    private long frameLimitClock;

    /// <summary>The CPU cycle at which Stella last rebased its cycle counter (system reset or frame start).</summary>
    private long cycleBase;

    private int maximumScanlines = 290;
    private bool colorLossEnabled;
    private int scanlinesLastFrame;
    private bool partialFrame;
    private bool frameGreyed;

    /// <summary>The picture as palette indices, <see cref="ScreenWidth"/> × <see cref="VisibleLines"/>, row-major.</summary>
    public ReadOnlySpan<byte> Screen => currentBuffer.AsSpan(0, ScreenWidth * VisibleLines);

    /// <summary>Scanlines of the frame just run (for a partial frame: the line the beam is on).</summary>
    public int Scanlines { get; private set; }

    /// <summary>CPU cycles since the current frame started (Stella's rebased <c>System::cycles</c>).</summary>
    public long CyclesThisFrame => clock.Cycles - cycleBase;

    /// <summary>Frames completed since construction.</summary>
    public long FramesCompleted { get; private set; }

    /// <summary>Whether the last <see cref="FinishFrameUpdate"/> left the frame unfinished (instruction cap reached).</summary>
    public bool FrameIsPartial => partialFrame;

    /// <summary>Scanline the beam is on now, counted from the frame start.</summary>
    public int CurrentScanline => (int)((clock.Cycles * 3 - frameStartClock) / ClocksPerLine);

    /// <summary>Colour clock (0..227) of the current line; 0..67 is horizontal blank.</summary>
    public int CurrentLineClock => LineClock(clock.Cycles * 3);

    /// <summary>
    /// Begins one ALE frame (first half of Stella's <c>TIA::update</c>): unless the previous frame stopped
    /// part-way, swaps buffers and starts a new frame at the current clock. Then run the CPU and call
    /// <see cref="FinishFrameUpdate"/>.
    /// </summary>
    public void BeginFrameUpdate()
    {
        if (!partialFrame)
        {
            StartFrame();
        }

        // Stays set unless VSYNC or the scanline limit ends the frame while the CPU runs.
        partialFrame = true;
    }

    /// <summary>Ends one ALE frame: records the scanline count, or greys the undrawn part of an unfinished frame.</summary>
    public void FinishFrameUpdate()
    {
        Scanlines = (int)(uint)((clock.Cycles * 3 - frameStartClock) / ClocksPerLine);

        // The picture as far as the last TIA write would have drawn it (a write after the one that ended the frame, in
        // the same instruction, may have changed nothing), as ALE shows it after this frame.
        UpdateFrameWithDeferred(0);
        if (partialFrame)
        {
            if (!frameGreyed)
            {
                GreyOutUndrawnLines();
            }

            frameGreyed = true;
        }
        else
        {
            scanlinesLastFrame = Scanlines;
            FramesCompleted++;
            frameGreyed = false;
        }
    }

    private void ResetFrame()
    {
        Array.Clear(currentBuffer);
        Array.Clear(previousBuffer);
        framePointer = 0;
        cycleBase = clock.Cycles;
        frameStartClock = clock.Cycles * 3;
        startDisplayClock = frameStartClock + (long)ClocksPerLine * FirstVisibleLine;
        stopDisplayClock = startDisplayClock + (long)ClocksPerLine * VisibleLines;
        frameLimitClock = frameStartClock + (long)ClocksPerLine * (maximumScanlines + 1);

        // Until the first frame start, drawing begins at the reset point itself (as in Stella).
        lastUpdateClock = frameStartClock;
        deferredDrawClock = 0;
        clocksToEndOfLine = ClocksPerLine;
        vsyncFinishClock = long.MaxValue;
        scanlinesLastFrame = 0;
    }

    private void StartFrame()
    {
        (currentBuffer, previousBuffer) = (previousBuffer, currentBuffer);

        // Keep the beam's place in its line: games position objects during VSYNC.
        long now = clock.Cycles * 3;
        int clocksIntoLine = (int)((now - frameStartClock) % ClocksPerLine);
        cycleBase = clock.Cycles;
        frameStartClock = now - clocksIntoLine;
        startDisplayClock = frameStartClock + (long)ClocksPerLine * FirstVisibleLine;
        stopDisplayClock = startDisplayClock + (long)ClocksPerLine * VisibleLines;
        frameLimitClock = frameStartClock + (long)ClocksPerLine * (maximumScanlines + 1);
        lastUpdateClock = startDisplayClock;
        deferredDrawClock = 0;
        clocksToEndOfLine = ClocksPerLine;
        framePointer = 0;

        if (colorLossEnabled)
        {
            // PAL colour loss: odd-length frames show the colour registers with bit 0 set.
            for (int i = 0; i < colors.Length; i++)
            {
                colors[i] = (scanlinesLastFrame & 1) != 0 ? (byte)(colors[i] | 1) : (byte)(colors[i] & 0xFE);
            }
        }

        frameGreyed = false;
    }

    /// <summary>Ends the frame: the CPU stops after the current instruction (Stella's <c>m6502().stop()</c>).</summary>
    private void EndFrameAtInstructionEnd()
    {
        clock.StopRequested = true;
        partialFrame = false;
    }

    /// <summary>Colour clock within the current line for colour-clock time <paramref name="now"/>.</summary>
    private int LineClock(long now) => (int)((now - frameStartClock) % ClocksPerLine);

    private void WaitForHorizontalSync()
    {
        // Only a write that follows a read stalls the CPU (Stella has no RDY line: a read-modify-write's
        // second write must not stall again).
        if (!clock.LastAccessWasRead)
        {
            return;
        }

        // Stella aligns on its rebased counters, truncating the frame start's colour clock to CPU cycles.
        long cycles = clock.Cycles - cycleBase;
        int frameStartCycle = (int)(frameStartClock - 3 * cycleBase) / 3;
        int cyclesToEndOfLine = 76 - (int)((cycles - frameStartCycle) % 76);
        if (cyclesToEndOfLine < 76)
        {
            clock.Cycles += cyclesToEndOfLine;
        }
    }

    /// <summary>
    /// Darkens the stored lines of an unfinished frame from the beam onwards: pixel ← (pixel &amp; 0x0F) >> 1.
    /// A frame that used all its 25,000 instructions (at least 50,000 cycles) has the beam past line 650, below
    /// the stored window; the greying shows when the CPU halted early (a jam), as in ALE.
    /// </summary>
    private void GreyOutUndrawnLines()
    {
        int from = Math.Max(CurrentScanline, FirstVisibleLine);
        int end = VisibleLines + FirstVisibleLine;
        for (int line = from; line < end; line++)
        {
            Span<byte> row = currentBuffer.AsSpan((line - FirstVisibleLine) * ScreenWidth, ScreenWidth);
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = (byte)((row[i] & 0x0F) >> 1);
            }
        }
    }

    /// <summary>Draws the picture from the last update up to colour clock <paramref name="until"/> (Stella's <c>updateFrame</c>).</summary>
    private void UpdateFrame(long until)
    {
        if (until < startDisplayClock || lastUpdateClock >= stopDisplayClock || lastUpdateClock >= until)
        {
            return;
        }

        if (until > stopDisplayClock)
        {
            until = stopDisplayClock;
        }

        do
        {
            int clocksToUpdate;
            int lineClock = ClocksPerLine - clocksToEndOfLine;
            if (until > lastUpdateClock + clocksToEndOfLine)
            {
                clocksToUpdate = clocksToEndOfLine;
                clocksToEndOfLine = ClocksPerLine;
                lastUpdateClock += clocksToUpdate;
            }
            else
            {
                // Reaching the line's end exactly leaves clocksToEndOfLine at 0: the end-of-line work then
                // happens at the next update, as in Stella.
                clocksToUpdate = (int)(until - lastUpdateClock);
                clocksToEndOfLine -= clocksToUpdate;
                lastUpdateClock = until;
            }

            if (lineClock < HorizontalBlank)
            {
                int skipped = Math.Min(HorizontalBlank - lineClock, clocksToUpdate);
                lineClock += skipped;
                clocksToUpdate -= skipped;
            }

            int lineStartPointer = framePointer;
            if (clocksToUpdate != 0)
            {
                RenderSpan(clocksToUpdate, lineClock - HorizontalBlank);
            }

            if (hmoveBlankActive && lineClock < HorizontalBlank + 8)
            {
                currentBuffer.AsSpan(lineStartPointer, HorizontalBlank + 8 - lineClock).Clear();
                if (clocksToUpdate + lineClock >= HorizontalBlank + 8)
                {
                    hmoveBlankActive = false;
                }
            }

            if (clocksToEndOfLine == ClocksPerLine)
            {
                EndOfLine();
            }
        }
        while (lastUpdateClock < until);
    }

    private void EndOfLine()
    {
        pfMask = (ctrlpf & 0x01) * ScreenWidth;

        // Stella restores all player copies at the end of each line (a RESPx suppresses the first copy until then).
        p0Mask = PlayerMaskRow(posP0, 0, nusiz0);
        p1Mask = PlayerMaskRow(posP1, 0, nusiz1);

        if (cosmicArkMotion)
        {
            AdvanceCosmicArkMissile();
        }
    }
}
