using System.Runtime.InteropServices;

namespace SamRL.Memory;

/// <summary>
/// Makes the C allocator under libtorch keep freed tensor memory for reuse instead of handing it back to the
/// operating system. By default glibc serves every allocation above 32 MB (one STM relational memory of the copy
/// task is 38 MB) with its own mmap and unmaps it on free, and trims the heap when its top is free, so each
/// training iteration faults in and zero-fills gigabytes of fresh pages again: a fifth of a copy-task run's CPU
/// went to the kernel that way. libtorch has no CPU caching allocator, and no served package replaces malloc in
/// process, so this sets glibc's own knobs (<c>mallopt</c>). Call it once at start-up, before large tensors exist.
/// </summary>
public static class TensorMemoryReuse
{
    private const int TrimThreshold = -1, TopPad = -2, MmapMax = -4; // glibc's M_TRIM_THRESHOLD, M_TOP_PAD, M_MMAP_MAX

    /// <summary>
    /// Serves large allocations from the heap and keeps up to 2 GB of freed heap for reuse. Threads keep their own
    /// glibc arenas (one shared arena made A3C workers 5 % slower), so the reuse is complete on the main thread,
    /// where the Runner trains supervised models. Returns false where the C library is not glibc.
    /// </summary>
    public static bool Enable()
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return mallopt(MmapMax, 0) == 1 && mallopt(TrimThreshold, int.MaxValue) == 1 && mallopt(TopPad, int.MaxValue) == 1;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "mallopt")]
    private static extern int mallopt(int parameter, int value);
}
