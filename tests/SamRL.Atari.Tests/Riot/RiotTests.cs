using SamRL.Atari.Machine;

namespace SamRL.Atari.Tests.M6532;

public class RiotTests
{
    private const ushort Intim = 0x0284;
    private const ushort Timint = 0x0285;

    private static (Riot Riot, SystemClock Clock, ControllerPorts Ports) Create()
    {
        var clock = new SystemClock();
        var ports = new ControllerPorts();
        return (new Riot(clock, ports, new Mt19937(Mt19937.AleSystemSeed)), clock, ports);
    }

    [Fact]
    public void PowerOnFillsRamThenDrawsTheTimerAndEachResetDrawsAgain()
    {
        // ALE_REFERENCE §2.1: RAM b8 96 c0 49 …, timer starts 58, 51, 32, 74.
        var (riot, _, _) = Create();
        Assert.Equal([0xb8, 0x96, 0xc0, 0x49, 0xcb, 0x55, 0xc8, 0x7f, 0xfb, 0xb4, 0x45, 0x66, 0x2b, 0x34, 0x10, 0xca], riot.Ram[..16]);
        Assert.Equal(58u, riot.TimerStart);
        byte[] ramBefore = riot.Ram.ToArray();
        foreach (uint expected in new uint[] { 51, 32, 74 })
        {
            riot.Reset();
            Assert.Equal(expected, riot.TimerStart);
        }

        Assert.Equal(ramBefore, riot.Ram);
    }

    [Fact]
    public void AfterResetTheTimerCountsDownFromItsStartEvery64Cycles()
    {
        var (riot, clock, _) = Create();
        clock.Cycles = 1000;
        riot.Reset(); // start 51
        clock.Cycles = 1001;
        Assert.Equal(50, riot.Peek(Intim));
        clock.Cycles = 1001 + 64;
        Assert.Equal(49, riot.Peek(Intim));
        Assert.Equal(0x00, riot.Peek(Timint));
    }

    [Fact]
    public void Tim64TReadBackFollowsStellasRules()
    {
        // Written 2 at cycle 100: N − 1 − ⌊(t − 1 − 100) / 64⌋ while ≥ 0; then (N·64 − elapsed − 1) until a read
        // sees −2 or less, which freezes an offset (here 230 − (100 + 128) = 2) and counts N − ⌊elapsed/64⌋ − offset.
        var (riot, clock, _) = Create();
        clock.Cycles = 100;
        riot.Poke(0x0296, 2);
        (long Cycle, byte Intim)[] expected = [(101, 1), (164, 1), (165, 0), (228, 0), (229, 0xFF), (230, 0xFE), (231, 0xFE), (293, 0xFD)];
        foreach ((long cycle, byte value) in expected)
        {
            clock.Cycles = cycle;
            Assert.True(value == riot.Peek(Intim), $"INTIM at cycle {cycle}");
        }
    }

    [Fact]
    public void Tim1TCountsEveryCycleAndKeepsCountingAfterExpiry()
    {
        var (riot, clock, _) = Create();
        clock.Cycles = 0;
        riot.Poke(0x0294, 5);
        (long Cycle, byte Intim)[] expected = [(1, 4), (5, 0), (6, 0xFF), (7, 0xFD), (8, 0xFC)];
        foreach ((long cycle, byte value) in expected)
        {
            clock.Cycles = cycle;
            Assert.True(value == riot.Peek(Intim), $"INTIM at cycle {cycle}");
        }
    }

    [Fact]
    public void InterruptFlagRisesAtExpiryAndClearsOnceIntimIsReadPastIt()
    {
        var (riot, clock, _) = Create();
        clock.Cycles = 0;
        riot.Poke(0x0297, 1); // T1024T
        clock.Cycles = 1024;
        Assert.Equal(0x00, riot.Peek(Timint));
        Assert.Equal(0, riot.Peek(Intim));
        clock.Cycles = 1025;
        Assert.Equal(0x80, riot.Peek(Timint));
        Assert.Equal(0xFF, riot.Peek(Intim));
        clock.Cycles = 1026;
        Assert.Equal(0x80, riot.Peek(Timint));
        Assert.Equal(0xFE, riot.Peek(Intim)); // −2: the read-after-interrupt latch sets
        Assert.Equal(0x00, riot.Peek(Timint));

        riot.Poke(0x0295, 3); // TIM8T clears the latch
        clock.Cycles = 1027;
        Assert.Equal(2, riot.Peek(Intim));
    }

    [Theory]
    [InlineData(0x0294, 0)]
    [InlineData(0x0295, 3)]
    [InlineData(0x0296, 6)]
    [InlineData(0x0297, 10)]
    [InlineData(0x029E, 6)]
    [InlineData(0x02B7, 10)]
    public void TimerWritesDecodeTheIntervalFromTheLowAddressBits(int address, int shift)
    {
        var (riot, clock, _) = Create();
        clock.Cycles = 0;
        riot.Poke((ushort)address, 10);
        clock.Cycles = 1 + (1L << shift);
        Assert.Equal(8, riot.Peek(Intim));
        clock.Cycles = (1L << shift);
        Assert.Equal(9, riot.Peek(Intim));
    }

    [Fact]
    public void PortsReadTheControllersAndDdrsAreStored()
    {
        var (riot, _, ports) = Create();
        ports.JoystickLines = 0xEF;
        ports.ConsoleSwitches = 0x3E;
        Assert.Equal(0xEF, riot.Peek(0x0280));
        Assert.Equal(0x3E, riot.Peek(0x0282));

        riot.Poke(0x0281, 0xF0);
        riot.Poke(0x0283, 0xFF);
        riot.Poke(0x0280, 0x00);
        Assert.Equal(0xF0, riot.Peek(0x0281));
        Assert.Equal(0x00, riot.Peek(0x0283));
        Assert.Equal(0xEF, riot.Peek(0x0280));

        riot.Reset();
        Assert.Equal(0x00, riot.Peek(0x0281));
    }

    [Fact]
    public void IdleConsoleSwitchesReadLikeAle()
    {
        Assert.Equal(0x3F, new ControllerPorts().ConsoleSwitches);
        Assert.Equal(0xFF, new ControllerPorts().JoystickLines);
    }
}
