using System.Globalization;

namespace SamRL.Runner.TensorBoard;

/// <summary>
/// A TensorBoard event file (<c>events.out.tfevents.&lt;unix seconds&gt;.&lt;host&gt;</c>) of scalar curves.
/// Each process run opens a new file in the run folder; TensorBoard reads all of them as one run.
/// </summary>
public sealed class TensorBoardEventFile : IDisposable
{
    private readonly FileStream stream;
    private readonly TfRecordWriter records;
    private readonly EventEncoder encoder = new();
    private readonly TimeProvider clock;

    private TensorBoardEventFile(FileStream stream, TimeProvider clock)
    {
        this.stream = stream;
        this.clock = clock;
        records = new TfRecordWriter(stream);
        records.Write(encoder.FileVersionEvent(WallTime()));
        stream.Flush();
    }

    /// <summary>Path of the file.</summary>
    public string Path => stream.Name;

    /// <summary>Creates a new event file in <paramref name="directory"/> and writes its file-version record.</summary>
    public static TensorBoardEventFile Create(string directory, TimeProvider? clock = null)
    {
        clock ??= TimeProvider.System;
        Directory.CreateDirectory(directory);
        var seconds = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var baseName = $"events.out.tfevents.{seconds}.{Environment.MachineName}";
        var path = System.IO.Path.Combine(directory, baseName);
        for (var suffix = 1; File.Exists(path); suffix++)
        {
            path = System.IO.Path.Combine(directory, $"{baseName}.{suffix}");
        }

        return new TensorBoardEventFile(new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read), clock);
    }

    /// <summary>Appends the point (<paramref name="step"/>, <paramref name="value"/>) to the curve <paramref name="tag"/>.</summary>
    public void WriteScalar(string tag, long step, double value) =>
        records.Write(encoder.ScalarEvent(WallTime(), step, tag, (float)value));

    /// <summary>Marks a restart at <paramref name="step"/> so TensorBoard drops points logged past it before the restart.</summary>
    public void WriteSessionStart(long step) => records.Write(encoder.SessionStartEvent(WallTime(), step));

    /// <summary>Pushes the written records to the file so TensorBoard sees them while the run goes on.</summary>
    public void Flush() => stream.Flush();

    /// <inheritdoc />
    public void Dispose() => stream.Dispose();

    private double WallTime() => clock.GetUtcNow().ToUnixTimeMilliseconds() / 1000.0;
}
