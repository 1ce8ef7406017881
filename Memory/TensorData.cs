using System.Runtime.InteropServices;
using TorchSharp;
using static TorchSharp.torch;

namespace SamRL.Memory;

/// <summary>
/// The address of a CPU tensor's first element, for SIMD kernels that read and write tensors in place (STM's
/// kernels here, the agents' fused first convolution).
/// </summary>
/// <remarks>
/// TorchSharp 0.107 keeps its binding of LibTorchSharp's <c>THSTensor_data</c> internal and offers only copying
/// accessors, so the same native export is bound here. The caller keeps the tensor alive while it uses the address.
/// </remarks>
public static partial class TensorData
{
    /// <summary>The address of <paramref name="tensor"/>'s data (contiguous float32 on the CPU, checked).</summary>
    public static unsafe float* Floats(Tensor tensor) => (float*)Address(tensor, ScalarType.Float32);

    /// <summary>The address of <paramref name="tensor"/>'s data (contiguous uint8 on the CPU, checked).</summary>
    public static unsafe byte* Bytes(Tensor tensor) => (byte*)Address(tensor, ScalarType.Byte);

    private static IntPtr Address(Tensor tensor, ScalarType expected)
    {
        if (tensor.dtype != expected || tensor.device_type != DeviceType.CPU || !tensor.is_contiguous())
            throw new ArgumentException($"expected a contiguous {expected} CPU tensor; got {tensor.dtype} on {tensor.device_type}, contiguous: {tensor.is_contiguous()}", nameof(tensor));
        return THSTensor_data(tensor.Handle);
    }

    [LibraryImport("LibTorchSharp")]
    private static partial IntPtr THSTensor_data(IntPtr handle);
}
