using SamRL.Atari.Machine;
using SamRL.Atari.Machine.Cartridges;

namespace SamRL.Atari.Tests.Cpu;

/// <summary>
/// The CPU runs <c>LDA INTIM / BNE</c> wait loops in a plain ROM as bare timer reads; the result must be the one
/// instruction-by-instruction execution gives (Execute(1) never takes the shortcut: no budget is left after the LDA).
/// </summary>
public class TimerWaitLoopTests
{
    // $F000 LDA #2; STA TIM64T; loop: LDA INTIM; BNE loop; LDA #$55; spin: JMP spin
    private static readonly byte[] Program =
    [
        0xA9, 0x02, 0x8D, 0x96, 0x02, 0xAD, 0x84, 0x02, 0xD0, 0xFB, 0xA9, 0x55, 0x4C, 0x0C, 0xF0,
    ];

    [Fact]
    public void TheLoopEndsAtTheHandComputedCycle()
    {
        var machine = new WaitMachine(Program);
        long start = machine.Clock.Cycles;

        // LDA # ends at +2, STA stamps +6 (timer = 2, interval 64), the n-th INTIM read is at +10 + 7n and reads
        // 2 - 1 - floor((10 + 7n - 1 - 6) / 64): zero first for n = 9 (+73). Then BNE falls through (+75) and LDA #
        // (+77): 2 + 10 LDA INTIM + 10 BNE + 1 = 23 instructions.
        Assert.Equal(23, machine.Cpu.Execute(23));
        Assert.Equal(0xF00C, machine.Cpu.PC);
        Assert.Equal(0x55, machine.Cpu.A);
        Assert.Equal(77, machine.Clock.Cycles - start);
    }

    [Fact]
    public void AnyInstructionBudgetStopsWhereSingleStepsStop()
    {
        for (int budget = 1; budget <= 40; budget++)
        {
            var whole = new WaitMachine(Program);
            var stepped = new WaitMachine(Program);
            int run = whole.Cpu.Execute(budget);
            for (int i = 0; i < budget; i++)
            {
                Assert.Equal(1, stepped.Cpu.Execute(1));
            }

            Assert.Equal(budget, run);
            Assert.Equal(stepped.Cpu.PC, whole.Cpu.PC);
            Assert.Equal(stepped.Cpu.A, whole.Cpu.A);
            Assert.Equal(stepped.Cpu.Status, whole.Cpu.Status);
            Assert.Equal(stepped.Clock.Cycles, whole.Clock.Cycles);
            Assert.Equal(stepped.Clock.LastAccess, whole.Clock.LastAccess);
        }
    }

    [Fact]
    public void ATimerThatExpiresInsideTheLoopIsReadAsStepByStep()
    {
        // TIM1T with 1: the count passes zero between two reads, so the loop reads the expired timer (and latches
        // its interrupt-read offset) until the wrapped count comes round to zero again, and then leaves the loop.
        byte[] program = [.. Program];
        program[1] = 0x01;
        program[3] = 0x94;
        var whole = new WaitMachine(program);
        var stepped = new WaitMachine(program);
        Assert.Equal(3000, whole.Cpu.Execute(3000));
        for (int i = 0; i < 3000; i++)
        {
            stepped.Cpu.Execute(1);
        }

        Assert.Equal(stepped.Cpu.PC, whole.Cpu.PC);
        Assert.Equal(stepped.Cpu.A, whole.Cpu.A);
        Assert.Equal(stepped.Clock.Cycles, whole.Clock.Cycles);
        Assert.Equal(stepped.Clock.LastAccess, whole.Clock.LastAccess);
        Assert.Equal(0xF00C, whole.Cpu.PC);
    }

    private sealed class WaitMachine
    {
        public WaitMachine(byte[] program)
        {
            byte[] image = new byte[4096];
            program.CopyTo(image, 0);
            image[0xFFC] = 0x00;
            image[0xFFD] = 0xF0;
            Clock = new SystemClock();
            var riot = new Riot(Clock, new ControllerPorts(), new Mt19937(1));
            Cpu = new Cpu6507(new Bus(Clock, new RecordingTia(Clock), riot, new Cartridge4K(image)));
            Cpu.Reset();
        }

        public SystemClock Clock { get; }

        public Cpu6507 Cpu { get; }
    }
}
