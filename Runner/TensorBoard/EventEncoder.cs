namespace SamRL.Runner.TensorBoard;

/// <summary>
/// Hand-encodes the TensorFlow <c>Event</c> messages a scalar log needs. No package served to this project writes
/// TensorBoard event files, and the needed subset of <c>tensorflow/core/util/event.proto</c> and
/// <c>summary.proto</c> is small, so the protobuf encoding is written here by hand:
/// <code>
/// Event      { double wall_time = 1; int64 step = 2; string file_version = 3; Summary summary = 5;
///              SessionLog session_log = 7; }
/// Summary    { repeated Value value = 1; }   Value { string tag = 1; float simple_value = 2; }
/// SessionLog { SessionStatus status = 1; }   SessionStatus START = 1
/// </code>
/// </summary>
internal sealed class EventEncoder
{
    private const int EventWallTime = 1;
    private const int EventStep = 2;
    private const int EventFileVersion = 3;
    private const int EventSummary = 5;
    private const int EventSessionLog = 7;
    private const int SummaryValue = 1;
    private const int ValueTag = 1;
    private const int ValueSimpleValue = 2;
    private const int SessionLogStatus = 1;
    private const long SessionStatusStart = 1;

    /// <summary>The file version string TensorBoard expects in the first record.</summary>
    public const string FileVersion = "brain.Event:2";

    private readonly ProtobufWriter value = new();
    private readonly ProtobufWriter summary = new();
    private readonly ProtobufWriter @event = new();

    /// <summary>The first record of every event file: wall time and file version.</summary>
    public ReadOnlySpan<byte> FileVersionEvent(double wallTime)
    {
        @event.Clear();
        @event.WriteDouble(EventWallTime, wallTime);
        @event.WriteString(EventFileVersion, FileVersion);
        return @event.WrittenSpan;
    }

    /// <summary>An event carrying one scalar summary value.</summary>
    public ReadOnlySpan<byte> ScalarEvent(double wallTime, long step, string tag, float scalar)
    {
        value.Clear();
        value.WriteString(ValueTag, tag);
        value.WriteFloat(ValueSimpleValue, scalar);
        summary.Clear();
        summary.WriteMessage(SummaryValue, value.WrittenSpan);
        @event.Clear();
        @event.WriteDouble(EventWallTime, wallTime);
        @event.WriteInt64(EventStep, step);
        @event.WriteMessage(EventSummary, summary.WrittenSpan);
        return @event.WrittenSpan;
    }

    /// <summary>
    /// A <c>SessionLog START</c> event at <paramref name="step"/>: TensorBoard then discards the points with a
    /// larger step written before it, which is how a resumed run replaces the curve tail logged after its last
    /// checkpoint.
    /// </summary>
    public ReadOnlySpan<byte> SessionStartEvent(double wallTime, long step)
    {
        summary.Clear();
        summary.WriteInt64(SessionLogStatus, SessionStatusStart);
        @event.Clear();
        @event.WriteDouble(EventWallTime, wallTime);
        @event.WriteInt64(EventStep, step);
        @event.WriteMessage(EventSessionLog, summary.WrittenSpan);
        return @event.WrittenSpan;
    }
}
