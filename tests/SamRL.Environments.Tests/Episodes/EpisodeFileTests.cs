using SamRL.Environments.Episodes;

namespace SamRL.Environments.Tests.Episodes;

public class EpisodeFileTests
{
    internal static EpisodeHeader SampleHeader(int interval = 4) => new()
    {
        EnvironmentId = "SamRL/Walk-v0",
        FrameSkip = 4,
        StickyActionProbability = 0.25,
        EnvironmentSeed = 0xDEADBEEFCAFEUL,
        AgentSeed = 7,
        RomMd5 = "60e0ea3cbe0913d39803477945e9e5ec",
        AgentId = "a3c-stm",
        CheckpointId = "step-001000",
        ChecksumInterval = interval,
        Settings = new Dictionary<string, string> { ["goal"] = "6", ["max_steps"] = "40", ["mode"] = "é" },
    };

    [Fact]
    public void Crc32_matches_the_standard_check_value()
    {
        Assert.Equal(0xCBF43926u, Crc32.Compute("123456789"u8));
        Assert.Equal(0u, Crc32.Compute([]));
    }

    [Fact]
    public void State_hash_is_fnv1a_64()
    {
        Assert.Equal(0xCBF29CE484222325UL, new StateHash().Value);
        Assert.Equal(0xAF63DC4C8601EC8CUL, new StateHash().Append("a"u8).Value);
        Assert.Equal(0x85944171F73967E8UL, new StateHash().Append("foo"u8).Append("bar"u8).Value);
    }

    [Fact]
    public void Header_steps_checkpoints_and_ending_round_trip()
    {
        using var stream = new MemoryStream();
        using (var writer = new EpisodeWriter(stream, SampleHeader(), leaveOpen: true))
        {
            writer.WriteCheckpoint(0x1111);
            writer.WriteStep(2, 1.5);
            writer.WriteStep(-3, -0.25);
            writer.WriteCheckpoint(0x2222);
            writer.WriteStep(int.MaxValue, double.Epsilon);
            writer.Complete(terminated: true, truncated: false);
        }

        stream.Position = 0;
        var recording = EpisodeReader.Read(stream, "mem");

        Assert.Equal(SampleHeader().EnvironmentId, recording.Header.EnvironmentId);
        Assert.Equal((4, 0.25, 0xDEADBEEFCAFEUL, 7UL), (recording.Header.FrameSkip, recording.Header.StickyActionProbability, recording.Header.EnvironmentSeed, recording.Header.AgentSeed));
        Assert.Equal(("60e0ea3cbe0913d39803477945e9e5ec", "a3c-stm", "step-001000", 4), (recording.Header.RomMd5, recording.Header.AgentId, recording.Header.CheckpointId, recording.Header.ChecksumInterval));
        Assert.Equal(SampleHeader().Settings.OrderBy(p => p.Key), recording.Header.Settings.OrderBy(p => p.Key));
        Assert.Equal([new EpisodeStep(2, 1.5), new EpisodeStep(-3, -0.25), new EpisodeStep(int.MaxValue, double.Epsilon)], recording.Steps);
        Assert.Equal([new EpisodeCheckpoint(0, 0x1111), new EpisodeCheckpoint(2, 0x2222)], recording.Checkpoints);
        Assert.True(recording.IsComplete);
        Assert.True(recording.Terminated);
        Assert.False(recording.Truncated);
        Assert.Equal(3, recording.VerifiedStepCount);
    }

    [Fact]
    public void Layout_is_little_endian_with_magic_version_and_fixed_size_records()
    {
        using var stream = new MemoryStream();
        using (var writer = new EpisodeWriter(stream, SampleHeader(), leaveOpen: true))
        {
            writer.WriteStep(0x01020304, 0);
        }

        var bytes = stream.ToArray();
        Assert.Equal("SAMRL-EP"u8.ToArray(), bytes[..8]);
        Assert.Equal([1, 0], bytes[8..10]);
        var headerLength = BitConverter.ToInt32(bytes, 10);
        var step = bytes[(14 + headerLength + 4)..];
        Assert.Equal([(byte)'S', 4, 3, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0], step);
    }

    [Fact]
    public void Writing_a_step_does_not_allocate()
    {
        using var stream = new MemoryStream(capacity: 1 << 20);
        using var writer = new EpisodeWriter(stream, SampleHeader(), leaveOpen: true);
        writer.WriteStep(0, 0);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            writer.WriteStep(i % 6, i * 0.5);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Fact]
    public void Invalid_headers_name_the_field()
    {
        Assert.Contains("RomMd5", Assert.Throws<ArgumentException>(() => new EpisodeWriter(new MemoryStream(), SampleHeader() with { RomMd5 = "xyz" })).Message);
        Assert.Contains("ChecksumInterval", Assert.Throws<ArgumentException>(() => new EpisodeWriter(new MemoryStream(), SampleHeader() with { ChecksumInterval = 0 })).Message);
        Assert.Contains("StickyActionProbability", Assert.Throws<ArgumentException>(() => new EpisodeWriter(new MemoryStream(), SampleHeader() with { StickyActionProbability = 2 })).Message);
        Assert.Contains("EnvironmentId", Assert.Throws<ArgumentException>(() => new EpisodeWriter(new MemoryStream(), SampleHeader() with { EnvironmentId = new string('x', 2000) })).Message);
    }

    [Fact]
    public void Records_after_completion_are_refused()
    {
        using var writer = new EpisodeWriter(new MemoryStream(), SampleHeader());
        writer.Complete(false, true);
        Assert.Throws<InvalidOperationException>(() => writer.WriteStep(0, 0));
    }

    [Fact]
    public void Files_round_trip_through_the_file_system()
    {
        var path = Path.Combine(Path.GetTempPath(), $"samrl-episode-{Guid.NewGuid():N}.samep");
        try
        {
            using (var writer = EpisodeWriter.Create(path, SampleHeader()))
            {
                writer.WriteStep(1, 2);
                writer.Complete(false, false);
            }

            var recording = EpisodeReader.Read(path);
            Assert.Equal([new EpisodeStep(1, 2)], recording.Steps);
            Assert.True(recording.IsComplete);
        }
        finally
        {
            File.Delete(path);
        }

        Assert.Contains("not found", Assert.Throws<FileNotFoundException>(() => EpisodeReader.Read(path)).Message);
    }
}
