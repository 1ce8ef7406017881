using TorchSharp;
using static TorchSharp.torch;

namespace SamRL.Memory;

/// <summary>Device selection for memory modules: CPU by default, CUDA only where it exists.</summary>
public static class MemoryDevice
{
    /// <summary>
    /// Returns <paramref name="device"/>, or the CPU when it is null. Throws an <see cref="ArgumentException"/>
    /// naming the device when CUDA is asked for on a machine (or a TorchSharp build) without it.
    /// </summary>
    public static Device Resolve(Device? device)
    {
        if (device is null) return CPU;
        if (device.type == DeviceType.CUDA && !cuda.is_available())
            throw new ArgumentException(
                $"device '{device}' was requested but CUDA is not available here (no CUDA device, or the CPU-only " +
                "TorchSharp package is installed); use the CPU device", nameof(device));
        return device;
    }

    /// <summary>Parses a device name such as <c>cpu</c>, <c>cuda</c> or <c>cuda:1</c>, with the checks of <see cref="Resolve"/>.</summary>
    public static Device Parse(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        string lower = name.Trim().ToLowerInvariant();
        if (lower != "cpu" && lower != "cuda" && !lower.StartsWith("cuda:", StringComparison.Ordinal))
            throw new ArgumentException($"unknown device '{name}'; expected 'cpu', 'cuda' or 'cuda:N'", nameof(name));
        if (lower.StartsWith("cuda", StringComparison.Ordinal) && !cuda.is_available())
            throw new ArgumentException(
                $"device '{name}' was requested but CUDA is not available here (no CUDA device, or the CPU-only " +
                "TorchSharp package is installed); use 'cpu'", nameof(name));
        return device(lower);
    }
}
