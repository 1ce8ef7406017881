using SamRL.Atari.Machine;
using SamRL.Atari.Tests.Tia;
using SamRL.Tests.Shared;

namespace SamRL.Atari.Tests.Console;

public sealed class ParallelConsolesTests
{
    [Fact]
    public void Consoles_stepped_in_parallel_match_consoles_stepped_one_by_one()
    {
        AtariConsole[] consoles = [PoweredOn(), PoweredOn(), PoweredOn()];
        using (var parallel = new ParallelConsoles(consoles))
        {
            // Console 1 holds its left fire button, the others do not.
            parallel.RunFrames(4, (index, console) => console.Controllers.LeftFire = index == 1);
            parallel.RunFrames(1);
        }

        AtariConsole released = PoweredOn();
        AtariConsole pressed = PoweredOn();
        pressed.Controllers.LeftFire = true;
        for (int i = 0; i < 5; i++)
        {
            released.RunFrame();
            pressed.RunFrame();
        }

        Assert.True(consoles[0].Ram.SequenceEqual(released.Ram));
        Assert.True(consoles[2].Screen.SequenceEqual(released.Screen));
        Assert.True(consoles[1].Ram.SequenceEqual(pressed.Ram));
        Assert.Equal(0x0C, consoles[1].Ram[0x08]);
        Assert.Equal(65, consoles[0].FrameNumber);
    }

    [Fact]
    public void A_round_allocates_nothing_on_the_caller_or_the_workers_even_from_the_first_blocking_wait()
    {
        // Measured from the very first round: the caller's wait there blocks for the first time (three frames take
        // far longer than a spin), which is when a ManualResetEventSlim would allocate its lock object. The runtime's
        // own allocation on a thread's very first blocking wait is taken beforehand.
        FirstBlockingWait.TakeOnThisThread();
        AtariConsole[] consoles = [PoweredOn(), PoweredOn()];
        using var parallel = new ParallelConsoles(consoles);
        var workerBytes = new long[consoles.Length];
        var lastCount = new long[consoles.Length];
        Action<int, AtariConsole> beforeFrame = (index, _) =>
        {
            long count = GC.GetAllocatedBytesForCurrentThread();
            if (lastCount[index] > 0) workerBytes[index] += count - lastCount[index];
            lastCount[index] = count;
        };

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int round = 0; round < 10; round++) parallel.RunFrames(3, beforeFrame);

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal([0L, 0L], workerBytes);
    }

    [Fact]
    public void A_halted_console_is_reported_after_the_others_finish()
    {
        var jammed = new AtariConsole(InlineRoms.Jam(), new AtariConsoleOptions { Standard = TiaVideoStandard.Ntsc });
        jammed.PowerOn();
        AtariConsole healthy = PoweredOn();
        using var parallel = new ParallelConsoles([healthy, jammed]);

        var error = Assert.Throws<AggregateException>(() => parallel.RunFrames(3));

        Assert.IsType<AtariConsoleHaltedException>(Assert.Single(error.InnerExceptions));
        Assert.Equal(63, healthy.FrameNumber);
    }

    [Fact]
    public void The_same_console_twice_is_rejected()
    {
        AtariConsole console = PoweredOn();

        Assert.Throws<ArgumentException>(() => new ParallelConsoles([console, console]));
        Assert.Throws<ArgumentException>(() => new ParallelConsoles([]));
    }

    private static AtariConsole PoweredOn()
    {
        var console = new AtariConsole(TestRomFiles.Read("tia_bands.bin"));
        console.PowerOn();
        return console;
    }
}
