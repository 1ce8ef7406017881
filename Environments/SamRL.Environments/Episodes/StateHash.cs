using System.Runtime.InteropServices;

namespace SamRL.Environments.Episodes;

/// <summary>
/// 64-bit FNV-1a, incremental and allocation-free, for <see cref="IStateChecksum"/> implementations:
/// <c>new StateHash().Append(ram).Append(screen).Value</c>. Not cryptographic; it only has to change when
/// a replay diverges.
/// </summary>
public struct StateHash
{
    private const ulong OffsetBasis = 0xCBF29CE484222325UL;
    private const ulong Prime = 0x100000001B3UL;
    private ulong value;
    private bool started;

    /// <summary>The hash of everything appended so far (the FNV offset basis when nothing was).</summary>
    public readonly ulong Value => started ? value : OffsetBasis;

    /// <summary>Folds <paramref name="bytes"/> into the hash.</summary>
    public StateHash Append(ReadOnlySpan<byte> bytes)
    {
        var hash = Value;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * Prime;
        }

        value = hash;
        started = true;
        return this;
    }

    /// <summary>Folds the bytes of unmanaged values (registers, counters) into the hash.</summary>
    public StateHash Append<T>(ReadOnlySpan<T> values)
        where T : unmanaged => Append(MemoryMarshal.AsBytes(values));

    /// <summary>Folds one unmanaged value into the hash.</summary>
    public StateHash Append<T>(T item)
        where T : unmanaged => Append(MemoryMarshal.AsBytes(new ReadOnlySpan<T>(in item)));
}
