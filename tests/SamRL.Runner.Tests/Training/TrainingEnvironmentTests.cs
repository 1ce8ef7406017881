using SamRL.Agents.Networks;
using SamRL.Runner.Cli;
using SamRL.Runner.Training;

namespace SamRL.Runner.Tests.Training;

public class TrainingEnvironmentTests
{
    [Fact]
    public void A_task_environment_gets_the_dense_encoder_and_no_frame_skip()
    {
        var settings = new TrainSettings { Game = "SamRL/AssociativeRetrieval-v0", Core = "lstm", FrameSkip = 32, Workers = 3 };

        var environment = TrainingEnvironment.Resolve(settings);
        var config = A3CSettingsMapping.ToConfig(settings, environment);

        Assert.False(environment.IsAtari);
        Assert.Equal(EncoderKind.Dense, environment.Encoder);
        Assert.Equal(CoreKind.Lstm, config.Core);
        Assert.Equal(0, config.FrameSkip);
        Assert.Equal(3, config.Workers);
    }

    [Fact]
    public void Settings_map_onto_the_trainer_configuration()
    {
        var settings = new TrainSettings
        {
            Game = "pong", FrameSkip = 32, Workers = 16, Seed = 7, MaxFrames = 1000, MaxMinutes = 5, StickyActionProbability = 0.25,
            EvaluateEveryFrames = 5000, CheckpointMinutes = 2,
        };
        var atari = new TrainingEnvironment(_ => throw new InvalidOperationException(), EncoderKind.Atari80, IsAtari: true, "pong");

        var config = A3CSettingsMapping.ToConfig(settings, atari);

        Assert.Equal(CoreKind.LstmStm, config.Core);
        Assert.Equal(EncoderKind.Atari80, config.Encoder);
        Assert.Equal(32, config.FrameSkip);
        Assert.Equal(16, config.Workers);
        Assert.Equal(7UL, config.Seed);
        Assert.Equal(1000, config.MaxFrames);
        Assert.Equal(5, config.MaxMinutes);
        Assert.Equal(0.25, config.StickyActionProbability);
        Assert.Equal(5000, config.EvaluationIntervalFrames);
        Assert.Equal(TimeSpan.FromMinutes(2), config.CheckpointInterval);
        Assert.Equal(1e-4, config.LearningRate);
        Assert.Null(config.LstmSize);
    }

    [Fact]
    public void Lstm_size_and_learning_rate_reach_the_trainer()
    {
        var settings = new TrainSettings { Game = "pong", Core = "lstm", LstmSize = 256, LearningRate = 3e-4 };
        var atari = new TrainingEnvironment(_ => throw new InvalidOperationException(), EncoderKind.Universe42, IsAtari: true, "pong");

        var config = A3CSettingsMapping.ToConfig(settings, atari);

        Assert.Equal(CoreKind.Lstm, config.Core);
        Assert.Equal(EncoderKind.Universe42, config.Encoder);
        Assert.Equal(256, config.LstmSize);
        Assert.Equal(3e-4, config.LearningRate);
    }

    [Fact]
    public void The_universe42_encoder_plays_on_single_42_by_42_frames()
    {
        var environment = TrainingEnvironment.Resolve(new TrainSettings { Game = "open-pong", Encoder = "universe42" });
        using var env = environment.Factory(0);

        Assert.Equal(EncoderKind.Universe42, environment.Encoder);
        Assert.Equal([1, 42, 42], env.ObservationSpace.Shape.Dimensions.ToArray());
        env.Reset(1);
        Assert.Equal(42 * 42, env.Step(0).Observation.Length);
    }

    [Fact]
    public void An_encoder_choice_for_a_registered_environment_is_refused()
    {
        var error = Assert.Throws<UserInputException>(() =>
            TrainingEnvironment.Resolve(new TrainSettings { Game = "SamRL/AssociativeRetrieval-v0", Encoder = "universe42" }));

        Assert.Contains("--encoder", error.Message);
    }

    [Fact]
    public void Environments_with_bit_actions_are_refused()
    {
        var error = Assert.Throws<UserInputException>(() => TrainingEnvironment.Resolve(new TrainSettings { Game = "SamRL/Copy-v0" }));

        Assert.Contains("SamRL/Copy-v0", error.Message);
    }

    [Fact]
    public void Pong_without_a_rom_plays_the_embedded_open_pong()
    {
        // Where a real Pong ROM is configured, discovery rightly finds it; the fallback is for machines without one.
        if (Environment.GetEnvironmentVariable("SAMRL_ROM_DIR") is { Length: > 0 }) return;
        using var empty = new TempDirectory();

        var environment = TrainingEnvironment.Resolve(new TrainSettings { Game = "pong", FrameSkip = 32, RomDirectory = empty.Path });

        Assert.True(environment.IsAtari);
        Assert.Contains("open-pong", environment.Description);
        using var env = environment.Factory(0);
        Assert.Equal(6, ((SamRL.Environments.Spaces.DiscreteSpace)env.ActionSpace).Count);
    }

    [Fact]
    public void Open_pong_by_name_needs_no_rom_folder()
    {
        var environment = TrainingEnvironment.Resolve(new TrainSettings { Game = "open-pong", FrameSkip = 4 });

        Assert.Contains("embedded open-pong", environment.Description);
    }

    [RomFact]
    public void Pong_resolves_to_single_80_by_80_frames_with_six_actions()
    {
        var environment = TrainingEnvironment.Resolve(new TrainSettings { Game = "pong", FrameSkip = 32 });
        using var env = environment.Factory(0);

        Assert.True(environment.IsAtari);
        Assert.Equal([1, 80, 80], env.ObservationSpace.Shape.Dimensions.ToArray());
        env.Reset(1);
        for (var step = 0; step < 5; step++)
        {
            Assert.Equal(80 * 80, env.Step(step % 6).Observation.Length);
        }
    }
}
