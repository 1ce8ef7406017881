namespace SamRL.Atari.Machine;

/// <summary>A chip mapped into the 6507's address space (TIA, RIOT, cartridge).</summary>
public interface IBusDevice
{
    /// <summary>Reads the byte at <paramref name="address"/> (the CPU's full 16-bit address).</summary>
    byte Peek(ushort address);

    /// <summary>Writes <paramref name="value"/> at <paramref name="address"/> (the CPU's full 16-bit address).</summary>
    void Poke(ushort address, byte value);
}
