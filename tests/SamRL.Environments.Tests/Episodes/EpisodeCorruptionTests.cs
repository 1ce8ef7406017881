using System.Buffers.Binary;
using SamRL.Environments.Core;
using SamRL.Environments.Episodes;

namespace SamRL.Environments.Tests.Episodes;

public class EpisodeCorruptionTests
{
    private const int StepCount = 30;

    [Fact]
    public void A_file_cut_anywhere_after_the_header_reads_back_every_whole_step()
    {
        var (bytes, headerEnd, stepEnds) = WriteSample(complete: true);

        for (var cut = 0; cut < bytes.Length; cut++)
        {
            var truncated = bytes[..cut];
            if (cut < headerEnd)
            {
                Assert.Throws<EpisodeFormatException>(() => Read(truncated));
                continue;
            }

            var recording = Read(truncated);

            var expectedSteps = stepEnds.Count(end => end <= cut);
            Assert.Equal(expectedSteps, recording.Steps.Count);
            Assert.False(recording.IsComplete);
            Assert.Equal(Enumerable.Range(0, expectedSteps).Select(Step), recording.Steps);
            Assert.True(recording.VerifiedStepCount <= expectedSteps);
        }
    }

    [Fact]
    public void Every_single_bit_flip_in_a_sealed_file_is_detected()
    {
        var (bytes, _, _) = WriteSample(complete: true);

        for (var offset = 0; offset < bytes.Length; offset++)
        {
            for (var bit = 0; bit < 8; bit++)
            {
                var corrupt = (byte[])bytes.Clone();
                corrupt[offset] ^= (byte)(1 << bit);

                var error = Assert.Throws<EpisodeFormatException>(() => Read(corrupt));

                Assert.InRange(error.Offset, 0, bytes.Length);
            }
        }
    }

    [Fact]
    public void Random_mutations_and_cuts_only_raise_format_errors_and_allocate_by_the_bytes_present()
    {
        var (bytes, _, _) = WriteSample(complete: false);
        var rng = new Rng(77);
        for (var trial = 0; trial < 3000; trial++)
        {
            var corrupt = bytes[..(rng.NextInt(bytes.Length) + 1)];
            var mutations = 1 + rng.NextInt(8);
            for (var m = 0; m < mutations; m++)
            {
                corrupt[rng.NextInt(corrupt.Length)] = (byte)rng.NextInt(256);
            }

            var before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                var recording = Read(corrupt);
                Assert.True(recording.Steps.Count <= StepCount + corrupt.Length);
            }
            catch (EpisodeFormatException)
            {
            }

            // Whatever the corrupted length fields say, memory follows the bytes actually present: the reader's fixed
            // buffers, the header, and the records it found (a few times the file), never a field's claim.
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(allocated < (32 * 1024) + (64L * corrupt.Length), $"allocated {allocated} bytes for a {corrupt.Length}-byte file");
        }
    }

    [Theory]
    [InlineData(10, 0xFFFFFFFFu, "header of at most")]
    [InlineData(14, 0x0000FFFFu, "environment id")]
    public void Huge_length_fields_are_rejected_without_allocating_from_them(int offset, uint value, string expected)
    {
        var (bytes, _, _) = WriteSample(complete: true);
        var corrupt = (byte[])bytes.Clone();
        if (offset == 10)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(corrupt.AsSpan(offset), value);
        }
        else
        {
            // A string length inside the header, with the header CRC fixed so only the length check can object.
            BinaryPrimitives.WriteUInt16LittleEndian(corrupt.AsSpan(offset), (ushort)value);
            var headerLength = BinaryPrimitives.ReadInt32LittleEndian(corrupt.AsSpan(10));
            BinaryPrimitives.WriteUInt32LittleEndian(corrupt.AsSpan(14 + headerLength), Crc32.Compute(corrupt.AsSpan(14, headerLength)));
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<EpisodeFormatException>(() => Read(corrupt));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Contains(expected, error.Message);
        Assert.Equal(offset, error.Offset);
        Assert.True(allocated < 256 * 1024, $"allocated {allocated} bytes");
    }

    [Fact]
    public void A_header_length_beyond_the_file_is_rejected_before_allocating_it()
    {
        var (bytes, _, _) = WriteSample(complete: true);
        var corrupt = bytes[..200];
        BinaryPrimitives.WriteUInt32LittleEndian(corrupt.AsSpan(10), EpisodeFormat.MaxHeaderBytes);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<EpisodeFormatException>(() => Read(corrupt));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Contains("ends inside the header", error.Message);
        Assert.True(allocated < EpisodeFormat.MaxHeaderBytes / 2, $"allocated {allocated} bytes");
    }

    [Fact]
    public void Errors_name_the_source_and_the_offset()
    {
        var (bytes, headerEnd, _) = WriteSample(complete: true);
        var corrupt = (byte[])bytes.Clone();
        corrupt[headerEnd] = (byte)'Z';

        var error = Assert.Throws<EpisodeFormatException>(() => Read(corrupt));

        Assert.Equal(headerEnd, error.Offset);
        Assert.StartsWith($"sample.samep: byte {headerEnd}: expected a record tag", error.Message);
        Assert.Contains("magic", Assert.Throws<EpisodeFormatException>(() => Read("not an episode"u8.ToArray())).Message);
    }

    [Fact]
    public void A_file_of_another_format_version_is_refused_naming_both_versions()
    {
        var (bytes, _, _) = WriteSample(complete: true);
        var future = (byte[])bytes.Clone();
        BinaryPrimitives.WriteUInt16LittleEndian(future.AsSpan(8), (ushort)(EpisodeFormat.Version + 1));

        var error = Assert.Throws<EpisodeFormatException>(() => Read(future));

        Assert.Equal(8, error.Offset);
        Assert.Contains($"expected format version {EpisodeFormat.Version}, got {EpisodeFormat.Version + 1}", error.Message);
    }

    [Fact]
    public void Trailing_bytes_after_the_end_record_are_an_error()
    {
        var (bytes, _, _) = WriteSample(complete: true);
        Assert.Contains("end after the end record", Assert.Throws<EpisodeFormatException>(() => Read([.. bytes, 0])).Message);
    }

    private static EpisodeStep Step(int i) => new(i % 3, i * 0.125);

    private static EpisodeRecording Read(byte[] bytes) => EpisodeReader.Read(new MemoryStream(bytes), "sample.samep");

    /// <summary>Writes 30 steps with a checkpoint every 4, noting where the header and each step record end.</summary>
    private static (byte[] Bytes, long HeaderEnd, long[] StepEnds) WriteSample(bool complete)
    {
        using var stream = new MemoryStream();
        var stepEnds = new long[StepCount];
        long headerEnd;
        using (var writer = new EpisodeWriter(stream, EpisodeFileTests.SampleHeader(interval: 4), leaveOpen: true))
        {
            headerEnd = stream.Position;
            writer.WriteCheckpoint(0);
            for (var i = 0; i < StepCount; i++)
            {
                var step = Step(i);
                writer.WriteStep(step.Action, step.Reward);
                stepEnds[i] = stream.Position;
                if ((i + 1) % 4 == 0)
                {
                    writer.WriteCheckpoint((ulong)i);
                }
            }

            if (complete)
            {
                writer.Complete(terminated: false, truncated: true);
            }
        }

        return (stream.ToArray(), headerEnd, stepEnds);
    }
}
