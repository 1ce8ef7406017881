using SamRL.Runner.Replay;

namespace SamRL.Runner.Tests.Replay;

/// <summary>A test of the MP4 export: skipped, saying why, when ffmpeg is not installed.</summary>
public sealed class FfmpegFactAttribute : FactAttribute
{
    public FfmpegFactAttribute()
    {
        if (Mp4FrameSink.FindFfmpeg() is null)
        {
            Skip = "needs ffmpeg on PATH (apt-get install ffmpeg).";
        }
    }
}
