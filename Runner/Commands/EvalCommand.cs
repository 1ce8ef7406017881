using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using SamRL.Agents.A3C;
using SamRL.Agents.Networks;
using SamRL.Runner.Cli;
using SamRL.Runner.Evaluation;
using SamRL.Runner.Training;

namespace SamRL.Runner.Commands;

/// <summary>
/// <c>eval &lt;checkpoint&gt;</c>: plays greedy episodes with a saved model on its run's environment and reports the
/// rewards.
/// </summary>
public static class EvalCommand
{
    /// <summary>Builds the <c>eval</c> command.</summary>
    public static Command Create()
    {
        var checkpoint = new Argument<string>("checkpoint") { Description = "A checkpoint of a run: <run>/checkpoints/latest.ckpt or best-model.ckpt." };
        var episodes = new Option<int>("--episodes") { Description = "Greedy episodes to play. Default 10.", DefaultValueFactory = _ => 10, HelpName = "n" };
        var seed = new Option<ulong>("--seed") { Description = "Episode i resets the environment with seed + i. Default 1000.", DefaultValueFactory = _ => 1000UL };
        var maxSteps = new Option<int>("--max-steps") { Description = "Agent steps after which an episode is cut. Default 10,000 (the authors').", DefaultValueFactory = _ => 10_000, HelpName = "n" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of lines." };
        var command = new Command("eval", "Play greedy episodes with a saved model and report their rewards.")
        {
            checkpoint, episodes, seed, maxSteps, json,
        };
        command.SetAction(parse => CommandErrors.Run(parse.InvocationConfiguration.Error, () =>
        {
            var count = parse.GetValue(episodes);
            if (count < 1)
            {
                throw new UserInputException($"--episodes is {count}; expected at least 1.");
            }

            var stepCap = parse.GetValue(maxSteps);
            if (stepCap < 1)
            {
                throw new UserInputException($"--max-steps is {stepCap}; expected at least 1.");
            }

            var path = parse.GetValue(checkpoint)!;
            var settings = RunSettingsOf(path);
            var environment = TrainingEnvironment.Resolve(settings);
            using var model = LoadModel(path);
            using var player = new GreedyPlayer(model);
            using var env = environment.Factory(settings.Workers);
            var firstSeed = parse.GetValue(seed);
            var played = new List<PlayedEpisode>(count);
            var output = parse.InvocationConfiguration.Output;
            for (var i = 0; i < count; i++)
            {
                var episode = player.Play(env, firstSeed + (ulong)i, stepCap);
                played.Add(episode);
                if (!parse.GetValue(json))
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"episode {i + 1}: reward {episode.Reward}, {episode.Steps} steps{(episode.Truncated ? " (cut at the step cap)" : "")}"));
                }
            }

            var rewards = played.Select(episode => episode.Reward).ToArray();
            if (parse.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
                {
                    ["checkpoint"] = Path.GetFullPath(path),
                    ["game"] = settings.Game!,
                    ["episodes"] = count,
                    ["mean_reward"] = rewards.Average(),
                    ["min_reward"] = rewards.Min(),
                    ["max_reward"] = rewards.Max(),
                    ["rewards"] = rewards,
                    ["steps"] = played.Select(episode => episode.Steps).ToArray(),
                }));
            }
            else
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"mean reward {rewards.Average():0.###} over {count} episodes (min {rewards.Min()}, max {rewards.Max()})"));
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The settings of the run a checkpoint belongs to: <c>&lt;run&gt;/config.json</c> for <c>&lt;run&gt;/checkpoints/x.ckpt</c>.</summary>
    private static TrainSettings RunSettingsOf(string checkpoint)
    {
        if (!File.Exists(checkpoint))
        {
            throw new UserInputException($"checkpoint {checkpoint} does not exist.");
        }

        var runFolder = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(checkpoint)))!;
        var config = Path.Combine(runFolder, "config.json");
        return File.Exists(config)
            ? TrainSettingsFile.Load(config)
            : throw new UserInputException($"checkpoint {checkpoint} is not inside a run folder: {config} does not exist.");
    }

    private static ActorCritic LoadModel(string path)
    {
        try
        {
            return Checkpoints.LoadModel(path);
        }
        catch (Exception exception) when (exception is not (OutOfMemoryException or UserInputException))
        {
            throw new UserInputException($"checkpoint {path} is unreadable: {exception.Message.ReplaceLineEndings(" ")}");
        }
    }
}
