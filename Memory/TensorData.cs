using System.Runtime.InteropServices;
using TorchSharp;
using static TorchSharp.torch;

namespace SamRL.Memory;

/// <summary>
/// The address of a CPU tensor's first element, for SIMD kernels that read and write tensors in place.
/// </summary>
/// <remarks>
/// TorchSharp 0.107 keeps its binding of LibTorchSharp's <c>THSTensor_data</c> internal and offers only copying
/// accessors, so the same native export is bound here. The caller keeps the tensor alive while it uses the address.
/// </remarks>
internal static partial class TensorData
{
    /// <summary>The address of <paramref name="tensor"/>'s data (contiguous float32 on the CPU, checked).</summary>
    public static unsafe float* Floats(Tensor tensor)
    {
        if (tensor.dtype != ScalarType.Float32 || tensor.device_type != DeviceType.CPU || !tensor.is_contiguous())
            throw new ArgumentException($"expected a contiguous float32 CPU tensor; got {tensor.dtype} on {tensor.device_type}, contiguous: {tensor.is_contiguous()}", nameof(tensor));
        return (float*)THSTensor_data(tensor.Handle);
    }

    [LibraryImport("LibTorchSharp")]
    private static partial IntPtr THSTensor_data(IntPtr handle);
}
