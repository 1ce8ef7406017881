using SamRL.Atari.Machine.Cartridges;

namespace SamRL.Atari.Tests.Cpu;

/// <summary>A 4 KiB writable cartridge for CPU tests, so programs can store anywhere in $1000–$1FFF.</summary>
internal sealed class FlatCartridge : Cartridge
{
    public readonly byte[] Memory = new byte[4096];

    public override CartridgeType Type => CartridgeType.FourK;

    public override byte Peek(ushort address) => Memory[address & 0x0FFF];

    public override void Poke(ushort address, byte value) => Memory[address & 0x0FFF] = value;
}
