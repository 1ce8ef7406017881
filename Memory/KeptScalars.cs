using TorchSharp;

namespace SamRL.Memory;

/// <summary>
/// Scalars that stay alive while libtorch reads them.
/// </summary>
/// <remarks>
/// TorchSharp 0.107 turns a number passed where libtorch wants a scalar (<c>a + b</c>'s alpha of 1, <c>t * 2</c>,
/// <c>add_(x, alpha: r)</c>, <c>square()</c>) into a temporary <see cref="Scalar"/> and hands libtorch only its native handle. Nothing
/// keeps the temporary reachable during the native call, so a garbage collection started by another thread can run
/// its finalizer and free the scalar while libtorch reads it: the call then fails ("Expected false to be true ...
/// toFloat") or reads a wrong number. Our code therefore passes scalars it holds: the constants here (static, never
/// collected), or for a value that changes a <c>using var s = value.ToScalar();</c>, which lives to the end of its
/// scope. A test per library reads its compiled IL for any other way of making one (tests/Shared/ScalarTemporaries.cs).
/// </remarks>
public static class KeptScalars
{
    /// <summary>1.</summary>
    public static Scalar One { get; } = 1.0.ToScalar();

    /// <summary>2.</summary>
    public static Scalar Two { get; } = 2.0.ToScalar();

    /// <summary>0.5 (not named Half, which is System.Half).</summary>
    public static Scalar OneHalf { get; } = 0.5.ToScalar();
}
