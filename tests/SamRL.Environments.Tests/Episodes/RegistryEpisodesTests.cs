using SamRL.Environments.Core;
using SamRL.Environments.Episodes;
using SamRL.Environments.Registry;
using SamRL.Environments.Tasks.Episodic;

namespace SamRL.Environments.Tests.Episodes;

public class RegistryEpisodesTests
{
    [Fact]
    public void Settings_hold_every_resolved_option_and_rebuild_the_environment_for_replay()
    {
        var registry = new EnvRegistry();
        TaskEnvironments.Register(registry);
        const string id = "SamRL/ShortestPath-v0";
        var options = EnvOptions.Empty.With("max_nodes", 7L);
        var header = new EpisodeHeader
        {
            EnvironmentId = id,
            EnvironmentSeed = 11,
            Settings = RegistryEpisodes.Settings(registry, id, options),
        };

        Assert.Equal(
            new Dictionary<string, string> { ["min_nodes"] = "5", ["max_nodes"] = "7", ["extra_edge_probability"] = "0.3", ["features"] = "20" },
            header.Settings);

        using var stream = new MemoryStream();
        using (var writer = new EpisodeWriter(stream, header, leaveOpen: true))
        {
            using var env = registry.Make<float, int>(id, options);
            var recorder = new EpisodeRecorder<float>(env, writer);
            recorder.Reset();
            while (!recorder.Step(1).IsDone)
            {
            }
        }

        var recording = EpisodeReader.Read(new MemoryStream(stream.ToArray()), "sp");
        var (steps, _) = EpisodeReplay<float>.Verify(recording, RegistryEpisodes.Factory<float>(registry));
        Assert.Equal(recording.Steps.Count, steps);
    }

    [Fact]
    public void Unknown_ids_are_reported()
    {
        var registry = new EnvRegistry();
        TaskEnvironments.Register(registry);
        Assert.Throws<ArgumentException>(() => RegistryEpisodes.Settings(registry, "SamRL/ShortestPaht-v0"));
    }
}
