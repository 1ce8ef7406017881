namespace SamRL.Atari.Machine;

/// <summary>
/// The wait for the RIOT timer that most games make once or twice a frame, <c>LDA INTIM / BNE</c> back to the LDA,
/// run as bare timer reads. In Space Invaders and Breakout these two instructions are about a sixth of all
/// instructions run. Each iteration makes the same INTIM read at the same cycle as the instructions would, so the
/// timer (its read-back and expiry rules included) sees exactly the same accesses; the opcode and operand fetches
/// are skipped, which only matters to the data bus, and the last access of an iteration is the INTIM read either way.
/// </summary>
public sealed partial class Cpu6507
{
    private const ushort TimerReadAddress = 0x0284;

    /// <summary>BNE back to the instruction 3 bytes before it (offset −5).</summary>
    private const byte BranchIfNotZero = 0xD0, BackToLoadAccumulator = 0xFB;

    /// <summary>Cycles of one iteration: LDA abs (4) and a taken BNE (3, or 4 when the LDA is on another page).</summary>
    private const int WaitIterationCycles = 4 + 3;

    private bool timerWaitPending;

    /// <summary>LDA abs; after a nonzero INTIM read, checks whether a timer wait loop follows and, if so, asks Execute to run it.</summary>
    private void LoadAccumulatorAbsolute()
    {
        int address = Absolute();
        A = Nz(Read(address));
        if (address == TimerReadAddress && !Zero)
        {
            NoteTimerWait();
        }
    }

    private void NoteTimerWait()
    {
        if (IsTimerWaitLoop())
        {
            timerWaitPending = true;
            _clock.StopRequested = true;
        }
    }

    /// <summary>
    /// Whether the LDA just run and the instruction at PC form the loop, all five bytes in a plain ROM (so they cannot
    /// change and fetching them has no side effect).
    /// </summary>
    private bool IsTimerWaitLoop()
    {
        ReadOnlySpan<byte> loop = [0xAD, TimerReadAddress & 0xFF, TimerReadAddress >> 8, BranchIfNotZero, BackToLoadAccumulator];
        for (int i = 0; i < loop.Length; i++)
        {
            if (!_bus.TryPeekPlainRom((ushort)(PC - 3 + i), out byte value) || value != loop[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Runs the loop from its BNE (the LDA just read a nonzero count): per iteration the clock advances as the BNE
    /// and LDA would and INTIM is read, until it reads zero or fewer than two instructions of
    /// <paramref name="budget"/> are left. The CPU is left as after the last LDA, on the BNE, which then runs as
    /// usual. Returns the instructions the iterations stand for.
    /// </summary>
    private int RunTimerWaitLoop(int budget)
    {
        ushort afterBranch = (ushort)(PC + 2);
        ushort loadAddress = (ushort)(PC - 3);
        int iterationCycles = WaitIterationCycles + (((afterBranch ^ loadAddress) & 0xFF00) != 0 ? 1 : 0);
        int executed = 0;
        byte count = A;
        while (count != 0 && executed + 2 <= budget)
        {
            _clock.Cycles += iterationCycles;
            count = Read(TimerReadAddress);
            executed += 2;
        }

        A = Nz(count);
        return executed;
    }
}
