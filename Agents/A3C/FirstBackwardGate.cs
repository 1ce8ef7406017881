namespace SamRL.Agents.A3C;

/// <summary>
/// Lets one A3C thread of the process at a time run its first backward pass.
/// </summary>
/// <remarks>
/// libtorch 2.5's oneDNN (TorchSharp-cpu 0.107) can crash when two threads create the same convolution backward
/// primitive at the same moment: the AVX-512 backward-data convolution, which oneDNN computes as a forward
/// convolution, then writes its batch list through a null pointer (a segfault in
/// <c>brgemm_convolution_fwd_t::pd_t::init_batch</c>, called from <c>mkldnn_convolution_backward</c>). Measured on
/// this project's machine: 2 of 30 starts of <c>SamRL.Runner pong --workers 2</c> died in a worker's first update;
/// two threads that back-propagated through the 80×80 encoder at once, on a new batch size each time, died in 4 of 5
/// processes within 48 passes, and in none of 6 when their backward passes took turns; on one cached batch size they
/// ran 200 passes side by side in each of 5 processes without a fault. Primitives are created on first use and then
/// served from oneDNN's process-wide cache, and every worker feeds its encoder one observation at a time, so a
/// worker's first backward pass creates every convolution primitive its later passes use: holding this gate for that
/// pass alone removes the race and leaves the later passes parallel.
/// </remarks>
internal static class FirstBackwardGate
{
    /// <summary>The process-wide gate; exposed so that tests can hold it.</summary>
    internal static readonly Lock Gate = new();

    /// <summary>Runs <paramref name="firstPass"/> while no other thread runs a first pass.</summary>
    public static T Run<T>(Func<T> firstPass)
    {
        lock (Gate) return firstPass();
    }
}
