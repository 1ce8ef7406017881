namespace SamRL.Atari.Tests.Games;

/// <summary>Builds the 128 RAM bytes ($80..$FF) a rules test hands to <c>GameRules.Step</c>.</summary>
internal sealed class RamState
{
    private readonly byte[] bytes = new byte[128];

    /// <summary>Sets the byte at CPU address <paramref name="address"/> ($80..$FF).</summary>
    public RamState Set(int address, int value)
    {
        bytes[address - 0x80] = (byte)value;
        return this;
    }

    public ReadOnlySpan<byte> Bytes => bytes;
}
