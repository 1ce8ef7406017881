using SamRL.Runner.TensorBoard;

namespace SamRL.Runner.Tests.TensorBoard;

public class TensorBoardEventFileTests
{
    private static readonly DateTimeOffset Instant = DateTimeOffset.FromUnixTimeMilliseconds(1_500);

    [Fact]
    public void File_is_named_like_tensorflow_and_starts_with_the_file_version_event()
    {
        using var folder = new TempDirectory();
        string path;
        using (var file = TensorBoardEventFile.Create(folder.Path, new FixedTimeProvider(Instant)))
        {
            path = file.Path;
        }

        Assert.StartsWith("events.out.tfevents.1.", Path.GetFileName(path));
        var records = TfRecordReader.ReadAll(File.ReadAllBytes(path));
        byte[] expected =
        [
            0x09, 0, 0, 0, 0, 0, 0, 0xF8, 0x3F, // wall_time = 1.5 (field 1, fixed64)
            0x1A, 13, .. "brain.Event:2"u8, // file_version (field 3, length-delimited)
        ];
        Assert.Equal(expected, Assert.Single(records));
    }

    [Fact]
    public void Scalar_event_is_hand_encoded_protobuf()
    {
        using var folder = new TempDirectory();
        using var file = TensorBoardEventFile.Create(folder.Path, new FixedTimeProvider(Instant));
        file.WriteScalar("ab", 300, 2.0);
        file.Flush();

        var records = TfRecordReader.ReadAll(ReadShared(file.Path));
        byte[] expected =
        [
            0x09, 0, 0, 0, 0, 0, 0, 0xF8, 0x3F, // wall_time = 1.5
            0x10, 0xAC, 0x02, // step = 300 as a varint
            0x2A, 11, // summary (field 5), 11 bytes
            0x0A, 9, // Summary.value (field 1), 9 bytes
            0x0A, 2, (byte)'a', (byte)'b', // Value.tag
            0x15, 0, 0, 0, 0x40, // Value.simple_value = 2.0f (field 2, fixed32)
        ];
        Assert.Equal(2, records.Count);
        Assert.Equal(expected, records[1]);
    }

    [Fact]
    public void Session_start_event_carries_status_start_in_field_7()
    {
        using var folder = new TempDirectory();
        using var file = TensorBoardEventFile.Create(folder.Path, new FixedTimeProvider(Instant));
        file.WriteSessionStart(5);
        file.Flush();

        var records = TfRecordReader.ReadAll(ReadShared(file.Path));
        byte[] expected =
        [
            0x09, 0, 0, 0, 0, 0, 0, 0xF8, 0x3F,
            0x10, 5, // step = 5
            0x3A, 2, // session_log (field 7), 2 bytes
            0x08, 1, // SessionLog.status = START
        ];
        Assert.Equal(expected, records[1]);
    }

    [Fact]
    public void A_second_file_in_the_same_second_gets_a_new_name()
    {
        using var folder = new TempDirectory();
        using var first = TensorBoardEventFile.Create(folder.Path, new FixedTimeProvider(Instant));
        using var second = TensorBoardEventFile.Create(folder.Path, new FixedTimeProvider(Instant));

        Assert.NotEqual(first.Path, second.Path);
    }

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
