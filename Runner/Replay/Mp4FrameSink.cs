using System.Diagnostics;
using System.Globalization;
using SamRL.Runner.Cli;

namespace SamRL.Runner.Replay;

/// <summary>
/// Encodes the replay as H.264 MP4 through the <c>ffmpeg</c> program (Debian's package), piping raw frames (grey,
/// or RGB through the palette) to its standard input. Frame sides are padded to even sizes, which yuv420p needs.
/// </summary>
public sealed class Mp4FrameSink(string path, double framesPerSecond, FramePalette palette) : IFrameSink
{
    private Process? ffmpeg;
    private Task<string>? errors;
    private byte[] rgb = [];

    /// <summary>The ffmpeg executable on PATH, or null when there is none.</summary>
    public static string? FindFfmpeg() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "ffmpeg"))
            .FirstOrDefault(File.Exists);

    /// <inheritdoc />
    public void Add(ReadOnlySpan<byte> indices, int width, int height)
    {
        ffmpeg ??= Start(width, height);
        if (palette.IsGrey)
        {
            ffmpeg.StandardInput.BaseStream.Write(indices);
            return;
        }

        if (rgb.Length != indices.Length * 3)
        {
            rgb = new byte[indices.Length * 3];
        }

        palette.ToRgb(indices, rgb);
        ffmpeg.StandardInput.BaseStream.Write(rgb);
    }

    /// <inheritdoc />
    public void Complete()
    {
        if (ffmpeg is null || errors is null)
        {
            throw new InvalidOperationException("an MP4 needs at least one frame.");
        }

        ffmpeg.StandardInput.Close();
        ffmpeg.WaitForExit();
        if (ffmpeg.ExitCode != 0)
        {
            var lastLine = errors.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
            throw new IOException($"ffmpeg failed with exit code {ffmpeg.ExitCode} writing {path}: {lastLine}");
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (ffmpeg is { HasExited: false })
        {
            ffmpeg.Kill();
        }

        ffmpeg?.Dispose();
    }

    private Process Start(int width, int height)
    {
        var executable = FindFfmpeg()
            ?? throw new FeatureUnavailableException("--mp4 needs the ffmpeg program on PATH (Debian/Ubuntu: apt-get install ffmpeg); --gif and --png-dir need nothing.");
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "-y", "-loglevel", "error", "-f", "rawvideo", "-pix_fmt", palette.IsGrey ? "gray" : "rgb24",
            "-s", string.Create(CultureInfo.InvariantCulture, $"{width}x{height}"),
            "-r", framesPerSecond.ToString(CultureInfo.InvariantCulture), "-i", "-",
            "-vf", "pad=ceil(iw/2)*2:ceil(ih/2)*2", "-pix_fmt", "yuv420p", "-c:v", "libx264", path,
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new IOException($"could not start {executable}.");
        errors = process.StandardError.ReadToEndAsync();
        return process;
    }
}
