using SamRL.Atari.Machine;

namespace SamRL.Atari.Tests.Cpu;

/// <summary>CPU + bus + RIOT + a recording TIA + a writable 4 KiB cartridge; programs start at $F000.</summary>
internal sealed class TestMachine
{
    public const ushort ProgramStart = 0xF000;

    public TestMachine()
    {
        Clock = new SystemClock();
        Ports = new ControllerPorts();
        Tia = new RecordingTia(Clock);
        Riot = new Riot(Clock, Ports, new Mt19937(Mt19937.AleSystemSeed));
        Cartridge = new FlatCartridge();
        Bus = new Bus(Clock, Tia, Riot, Cartridge);
        Cpu = new Cpu6507(Bus);
        Poke(0xFFFC, 0x00);
        Poke(0xFFFD, 0xF0);
        Cpu.Reset();
    }

    public SystemClock Clock { get; }

    public ControllerPorts Ports { get; }

    public RecordingTia Tia { get; }

    public Riot Riot { get; }

    public FlatCartridge Cartridge { get; }

    public Bus Bus { get; }

    public Cpu6507 Cpu { get; }

    /// <summary>Writes directly into RIOT RAM or the cartridge (no bus side effects, no time).</summary>
    public void Poke(int address, byte value)
    {
        if ((address & 0x1000) != 0)
        {
            Cartridge.Memory[address & 0x0FFF] = value;
        }
        else if ((address & 0x0280) == 0x0080)
        {
            Riot.Ram[address & 0x7F] = value;
        }
        else
        {
            throw new ArgumentOutOfRangeException(nameof(address), "Tests poke only RAM or cartridge addresses.");
        }
    }

    public byte PeekMemory(int address) =>
        (address & 0x1000) != 0 ? Cartridge.Memory[address & 0x0FFF] : Riot.Ram[address & 0x7F];

    /// <summary>Places <paramref name="program"/> at <paramref name="address"/> and points PC at it.</summary>
    public void Load(params byte[] program) => LoadAt(ProgramStart, program);

    public void LoadAt(ushort address, params byte[] program)
    {
        for (int i = 0; i < program.Length; i++)
        {
            Poke(address + i, program[i]);
        }

        Cpu.PC = address;
    }

    /// <summary>Runs one instruction and returns the cycles it took.</summary>
    public long Step()
    {
        long before = Clock.Cycles;
        Assert.Equal(1, Cpu.Execute(1));
        return Clock.Cycles - before;
    }
}
