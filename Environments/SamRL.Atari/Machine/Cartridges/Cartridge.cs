namespace SamRL.Atari.Machine.Cartridges;

/// <summary>
/// A cartridge in the slot: ROM (and maybe RAM) mapped at $1000–$1FFF, with its bank-switching rules.
/// The bus hands it every access with A12 = 1 (full 16-bit address); hot-spots trigger on reads and writes.
/// One sealed class per scheme; build them with <see cref="CartridgeFactory"/>.
/// </summary>
public abstract class Cartridge : IBusDevice
{
    /// <summary>The bank-switching scheme.</summary>
    public abstract CartridgeType Type { get; }

    /// <summary>The bank (or first-segment slice) mapped now, for traces and tests.</summary>
    public virtual int CurrentBank => 0;

    /// <inheritdoc />
    public abstract byte Peek(ushort address);

    /// <inheritdoc />
    public abstract void Poke(ushort address, byte value);

    /// <summary>System reset (§2.1 step 3, §9.4): selects the start bank and refills extra RAM from the system RNG.</summary>
    public virtual void Reset()
    {
    }

    /// <summary>
    /// The ROM when reads have no side effects and the image simply repeats through $1000–$1FFF (2K, 4K), so
    /// the bus may index it directly; null for every bank-switching scheme. Its length is a power of two.
    /// </summary>
    internal virtual byte[]? PlainRom => null;

    /// <summary>
    /// Whether the cartridge also answers at $0000–$003F (13-bit) instead of the TIA, as ALE's 3F cartridge
    /// does (its hot-spot writes are there; it forwards the writes to the TIA itself).
    /// </summary>
    internal virtual bool OwnsTiaLowPage => false;

    /// <summary>Gives the cartridge the TIA, for schemes that chain their writes to it (3F).</summary>
    internal virtual void ConnectTia(IBusDevice tia)
    {
    }
}
