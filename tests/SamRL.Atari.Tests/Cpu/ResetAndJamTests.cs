namespace SamRL.Atari.Tests.Cpu;

public class ResetAndJamTests
{
    [Fact]
    public void ResetLoadsTheVectorAndTheAleRegisterState()
    {
        var machine = new TestMachine();
        machine.Poke(0xFFFC, 0x34);
        machine.Poke(0xFFFD, 0xF2);
        machine.Cpu.A = 1;
        machine.Cpu.X = 2;
        machine.Cpu.Y = 3;
        machine.Cpu.SP = 4;
        machine.Cpu.Status = 0xFF;

        machine.Cpu.Reset();

        Assert.Equal(0xF234, machine.Cpu.PC);
        Assert.Equal(0, machine.Cpu.A);
        Assert.Equal(0, machine.Cpu.X);
        Assert.Equal(0, machine.Cpu.Y);
        Assert.Equal(0xFF, machine.Cpu.SP);
        Assert.Equal(0x30, machine.Cpu.Status);
        Assert.True(machine.Clock.LastAccessWasRead);
    }

    [Theory]
    [InlineData(0x02)]
    [InlineData(0x12)]
    [InlineData(0x22)]
    [InlineData(0x32)]
    [InlineData(0x42)]
    [InlineData(0x52)]
    [InlineData(0x62)]
    [InlineData(0x72)]
    [InlineData(0x92)]
    [InlineData(0xB2)]
    [InlineData(0xD2)]
    [InlineData(0xF2)]
    public void AJamOpcodeHaltsUntilReset(int opcode)
    {
        var machine = new TestMachine();
        machine.LoadAt(0xF123, 0xEA, (byte)opcode, 0xEA);
        Assert.Equal(2, machine.Cpu.Execute(100));
        Assert.True(machine.Cpu.Jammed);
        Assert.Equal(opcode, machine.Cpu.JamOpcode);
        Assert.Equal(0xF124, machine.Cpu.JamAddress);
        Assert.Equal(0, machine.Cpu.Execute(100));

        machine.Cpu.Reset();
        Assert.False(machine.Cpu.Jammed);
        Assert.Equal(1, machine.Cpu.Execute(1));
    }

    [Fact]
    public void ExecuteStopsAfterTheInstructionThatRequestsAStopAndClearsIt()
    {
        var machine = new TestMachine();
        machine.Load(0xEA, 0xEA, 0xEA, 0xEA);
        machine.Clock.StopRequested = true; // pending before the call: discarded, as in Stella
        Assert.Equal(4, machine.Cpu.Execute(4));

        machine.Tia.RequestStopOnRead = true;
        machine.Load(0xEA, 0xA5, 0x00, 0xEA, 0xEA); // NOP, LDA $00 (the TIA asks to stop), NOP, NOP
        Assert.Equal(2, machine.Cpu.Execute(5));
        Assert.False(machine.Clock.StopRequested);
        Assert.Equal(0xF003, machine.Cpu.PC);
    }

    [Fact]
    public void EveryOpcodeRunsOnRandomBytesWithoutThrowing()
    {
        var random = new Random(2600);
        for (int trial = 0; trial < 200; trial++)
        {
            var machine = new TestMachine();
            random.NextBytes(machine.Cartridge.Memory);
            random.NextBytes(machine.Riot.Ram);
            machine.Cpu.Reset();
            machine.Cpu.Execute(5_000);
            Assert.True(machine.Cpu.Jammed || machine.Clock.Cycles > 0);
        }
    }
}
