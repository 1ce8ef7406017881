namespace SamRL.Runner.Replay;

/// <summary>
/// Receives the frames of a replay (already scaled) as indices into the <see cref="FramePalette"/> the sink was made
/// with, and writes them somewhere.
/// </summary>
public interface IFrameSink : IDisposable
{
    /// <summary>Adds one frame of <paramref name="width"/> × <paramref name="height"/> palette indices.</summary>
    void Add(ReadOnlySpan<byte> indices, int width, int height);

    /// <summary>Finishes the output once every frame was added.</summary>
    void Complete();
}
