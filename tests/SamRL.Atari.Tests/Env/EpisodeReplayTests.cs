using SamRL.Atari.Env;
using SamRL.Environments.Episodes;

namespace SamRL.Atari.Tests.Env;

/// <summary>An AtariEnv episode recorded with state checksums replays exactly, and a changed setting is caught.</summary>
public sealed class EpisodeReplayTests
{
    // The probe's frame counter is 68 after a reset; 68 + 50 ends the game on the 2nd frame of step 13 (frame skip 4).
    private static AtariEnv Create(int frameSkip) =>
        new(ProbeRom.Rom(ProbeRom.Joystick(terminalAtFrame: 118)), new AtariEnvOptions { FrameSkip = frameSkip, RepeatActionProbability = 0.25, ObservationType = AtariObservationType.Ram });

    [Fact]
    public void A_recorded_episode_verifies_against_a_fresh_environment_and_not_against_other_settings()
    {
        var header = new EpisodeHeader { EnvironmentId = "Probe-v5", FrameSkip = 4, StickyActionProbability = 0.25, EnvironmentSeed = 5, ChecksumInterval = 3 };
        var stream = new MemoryStream();
        using (var writer = new EpisodeWriter(stream, header, leaveOpen: true))
        {
            using var env = Create(4);
            var recorder = new EpisodeRecorder<byte>(env, writer);
            recorder.Reset();
            int step = 0;
            while (!recorder.Step(step++ % 4).IsDone)
            {
            }
        }

        stream.Position = 0;
        var recording = EpisodeReader.Read(stream, "probe.samep");

        var (steps, total) = EpisodeReplay<byte>.Verify(recording, _ => Create(4));
        Assert.Equal(13, steps);
        Assert.Equal(50.0, total);
        Assert.ThrowsAny<EpisodeReplayMismatchException>(() => EpisodeReplay<byte>.Verify(recording, _ => Create(3)));
    }
}
