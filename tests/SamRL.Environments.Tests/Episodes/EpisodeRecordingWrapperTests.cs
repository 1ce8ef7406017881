using SamRL.Environments.Core;
using SamRL.Environments.Episodes;
using SamRL.Environments.Wrappers;

namespace SamRL.Environments.Tests.Episodes;

public class EpisodeRecordingWrapperTests
{
    [Fact]
    public void Every_episode_becomes_a_file_that_replays_and_verifies()
    {
        var files = new List<MemoryStream>();
        EpisodeWriter Open(ulong seed, long episode)
        {
            var stream = new MemoryStream();
            files.Add(stream);
            return new EpisodeWriter(stream, Header(seed), leaveOpen: true);
        }

        using (var env = new EpisodeRecordingWrapper<byte>(new WalkEnvironment(5, 40), Open, firstSeed: 70))
        {
            var actions = new Rng(3);
            for (int episode = 0; episode < 3; episode++)
            {
                env.Reset(episode == 1 ? 500UL : null);
                while (!env.Step(actions.NextInt(3)).IsDone)
                {
                }
            }

            Assert.Equal(3, env.EpisodeCount);
        }

        Assert.Equal(3, files.Count);
        var recordings = files.Select((f, i) => EpisodeReader.Read(new MemoryStream(f.ToArray()), $"episode {i}")).ToArray();
        Assert.Equal([70UL, 500UL, 72UL], recordings.Select(r => r.Header.EnvironmentSeed));
        foreach (var recording in recordings)
        {
            Assert.True(recording.IsComplete);
            Assert.Equal(recording.Steps.Count, EpisodeReplay<byte>.Verify(recording, WalkEnvironment.FromHeader).Steps);
        }
    }

    [Fact]
    public void An_episode_cut_by_the_next_reset_stays_a_readable_incomplete_file()
    {
        var files = new List<MemoryStream>();
        using var env = new EpisodeRecordingWrapper<byte>(new WalkEnvironment(50, 400), (seed, _) =>
        {
            var stream = new MemoryStream();
            files.Add(stream);
            return new EpisodeWriter(stream, Header(seed), leaveOpen: true);
        });
        env.Reset(1);
        for (int step = 0; step < 9; step++) env.Step(0);
        env.Reset(2);

        var cut = EpisodeReader.Read(new MemoryStream(files[0].ToArray()), "cut");
        Assert.False(cut.IsComplete);
        Assert.Equal(9, cut.Steps.Count); // closing the file at the next reset flushed every whole step
    }

    [Fact]
    public void Misuse_is_reported()
    {
        using var env = new EpisodeRecordingWrapper<byte>(new WalkEnvironment(5, 40), (seed, _) => new EpisodeWriter(new MemoryStream(), Header(seed + 1)));
        Assert.Throws<InvalidOperationException>(() => env.Step(0));
        var error = Assert.Throws<InvalidOperationException>(() => env.Reset(7));
        Assert.Contains("seed 7", error.Message);
    }

    private static EpisodeHeader Header(ulong seed) => EpisodeFileTests.SampleHeader() with
    {
        EnvironmentSeed = seed,
        Settings = new Dictionary<string, string> { ["goal"] = "5", ["max_steps"] = "40" },
    };
}
