namespace SamRL.Atari.Machine.Cartridges;

/// <summary>
/// 3F (Tigervision): 2 KiB banks; $1000–$17FF shows the selected bank, $1800–$1FFF always the last one.
/// Reproduces ALE's Stella 2.4.2 exactly, quirks included: the cartridge takes over $0000–$003F (13-bit), so
/// reads there return bytes of the selected bank instead of TIA registers; any write with address bits 0–11
/// at most $03F selects bank (value mod bank count); and every write the cartridge sees is passed on to the
/// TIA with address bits 0–11.
/// </summary>
public sealed class Cartridge3F : Cartridge
{
    private readonly byte[] _rom;
    private readonly int _bankCount;
    private readonly int _lastBankOffset;
    private int _bankOffset;
    private IBusDevice? _tia;

    /// <summary>Copies an image whose size is a non-zero multiple of 2,048 bytes.</summary>
    public Cartridge3F(ReadOnlySpan<byte> image)
    {
        if (image.Length == 0 || image.Length % 2048 != 0)
        {
            throw new ArgumentException(
                $"A 3F cartridge needs a non-empty image whose size is a multiple of 2048 bytes, got {image.Length} bytes.",
                nameof(image));
        }

        _rom = image.ToArray();
        _bankCount = image.Length / 2048;
        _lastBankOffset = image.Length - 2048;
    }

    /// <inheritdoc />
    public override CartridgeType Type => CartridgeType.ThreeF;

    /// <inheritdoc />
    public override int CurrentBank => _bankOffset / 2048;

    /// <inheritdoc />
    internal override bool OwnsTiaLowPage => true;

    /// <inheritdoc />
    internal override void ConnectTia(IBusDevice tia) => _tia = tia;

    /// <inheritdoc />
    public override void Reset() => _bankOffset = 0;

    /// <inheritdoc />
    public override byte Peek(ushort address)
    {
        int offset = address & 0x0FFF;
        return offset < 0x0800 ? _rom[_bankOffset + offset] : _rom[_lastBankOffset + (offset & 0x07FF)];
    }

    /// <inheritdoc />
    public override void Poke(ushort address, byte value)
    {
        int offset = address & 0x0FFF;
        if (offset <= 0x003F)
        {
            _bankOffset = (value % _bankCount) * 2048;
        }

        _tia?.Poke((ushort)offset, value);
    }
}
