namespace SamRL.Runner.Replay;

/// <summary>Receives the grey frames of a replay (already scaled) and writes them somewhere.</summary>
public interface IFrameSink : IDisposable
{
    /// <summary>Adds one frame of <paramref name="width"/> × <paramref name="height"/> grey levels.</summary>
    void Add(ReadOnlySpan<byte> grey, int width, int height);

    /// <summary>Finishes the output once every frame was added.</summary>
    void Complete();
}
