using SamRL.Agents.Networks;
using SamRL.Environments.Core;
using SamRL.Runner.Cli;

namespace SamRL.Runner.Training;

/// <summary>
/// What a run trains on: a factory for the environment of each worker (and the evaluator), the encoder that fits
/// its observations, and whether the frame-skip setting applies to it.
/// </summary>
/// <param name="Factory">Builds the environment of a worker index.</param>
/// <param name="Encoder">The observation encoder for the environment's observation shape.</param>
/// <param name="IsAtari">True for Atari games, whose steps stand for frame-skip emulator frames.</param>
/// <param name="Description">What was resolved, for the log (for Atari: the ROM used and where it came from).</param>
/// <param name="RomMd5">The MD5 of the Atari ROM played (lower-case hex), or empty for registered environments.</param>
public sealed record TrainingEnvironment(
    Func<int, IEnv<float, int>> Factory, EncoderKind Encoder, bool IsAtari, string Description, string RomMd5 = "")
{
    /// <summary>
    /// Resolves <see cref="TrainSettings.Game"/>: a registered environment id, or else an Atari game name.
    /// Builds one environment to check that it can be made and to pick the encoder, then disposes it.
    /// </summary>
    /// <exception cref="UserInputException">The id is unknown or the environment does not suit A3C.</exception>
    public static TrainingEnvironment Resolve(TrainSettings settings)
    {
        var game = settings.Game ?? throw new UserInputException("<game> is missing; expected a game name such as pong.");
        var registry = RunnerEnvironments.Registry;
        if (!registry.Contains(game))
        {
            if (game.Contains('/', StringComparison.Ordinal))
            {
                throw new UserInputException($"<game>: {UnknownIdMessage(game)}");
            }

            return AtariTraining.Resolve(game, settings);
        }

        if (settings.Encoder != new TrainSettings().Encoder)
        {
            throw new UserInputException(
                $"--encoder {settings.Encoder} applies to Atari games; {game} is a registered environment, whose encoder follows its observations.");
        }

        var spec = registry.Find(game);
        if (spec.ObservationType != typeof(float) || spec.ActionType != typeof(int))
        {
            throw new UserInputException(
                $"<game> {game} has {spec.ActionType.Name} actions and {spec.ObservationType.Name} observations; " +
                "A3C trains environments with float observations and discrete (int) actions.");
        }

        IEnv<float, int> Factory(int worker) => registry.Make<float, int>(game);
        using var probe = Factory(0);
        var encoder = probe.ObservationSpace.Shape.Rank switch
        {
            1 => EncoderKind.Dense,
            3 => EncoderKind.Atari80,
            var rank => throw new UserInputException(
                $"<game> {game} has observations of rank {rank}; A3C's encoders take vectors (rank 1) or 1×80×80 images (rank 3)."),
        };
        return new TrainingEnvironment(Factory, encoder, IsAtari: false, $"{game} (registered environment; frame skip and sticky actions do not apply)");
    }

    private static string UnknownIdMessage(string id)
    {
        try
        {
            RunnerEnvironments.Registry.Find(id);
            throw new InvalidOperationException($"{id} was reported unknown but is registered.");
        }
        catch (ArgumentException exception)
        {
            // The registry's message names close matches; drop the " (Parameter 'id')" the exception appends.
            return exception.Message.Replace($" (Parameter '{exception.ParamName}')", string.Empty, StringComparison.Ordinal);
        }
    }
}
