using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using SamRL.Agents.A3C;
using SamRL.Agents.Benchmarks;
using SamRL.Agents.Networks;
using SamRL.Runner.Cli;

namespace SamRL.Runner.Commands;

/// <summary>
/// <c>bench agent</c>: the A3C training step of the paper's two agents (one 20-step rollout at batch 1 + bootstrap
/// forward + loss + backward, one thread), next to the authors' PyTorch figures (SAM_STM_REFERENCE §7.3), with the
/// time of each phase of the step.
/// </summary>
public static class BenchAgentCommand
{
    private const double AuthorsStmMilliseconds = 173.5;
    private const double AuthorsLstmMilliseconds = 186.7;

    // The fast configuration of the README's Pong benchmark: universe-starter-agent's encoder with an LSTM-256 core.
    private const int SmallLstmSize = 256;

    /// <summary>Adds <c>agent</c> to the <paramref name="bench"/> command and returns it.</summary>
    public static Command AddTo(Command bench)
    {
        bench.Subcommands.Add(Create());
        return bench;
    }

    /// <summary>Builds the <c>agent</c> command.</summary>
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table." };
        var runs = new Option<int>("--runs") { Description = "Timed rollouts after one warm-up (median reported). Default 5.", DefaultValueFactory = _ => 5 };
        var command = new Command(
            "agent",
            "A3C step of the LSTM-256 → STM and LSTM-512 agents (80×80 frames) and of the 42×42 LSTM-256 agent: 20-step rollout + bootstrap + loss + backward, batch 1, one thread.")
        {
            json, runs,
        };
        command.SetAction(parse => CommandErrors.Run(parse.InvocationConfiguration.Error, () =>
        {
            var repetitions = parse.GetValue(runs);
            if (repetitions < 1)
            {
                throw new UserInputException($"--runs is {repetitions}; expected at least 1.");
            }

            var stm = AgentBenchmark.MeasureRollout(CoreKind.LstmStm, repetitions);
            var lstm = AgentBenchmark.MeasureRollout(CoreKind.Lstm, repetitions);
            var small = AgentBenchmark.MeasureRollout(CoreKind.Lstm, repetitions, encoder: EncoderKind.Universe42, lstmSize: SmallLstmSize);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
                {
                    ["stm_rollout_ms"] = Math.Round(stm.MedianMilliseconds, 1),
                    ["stm_rollout_min_ms"] = Math.Round(stm.MinMilliseconds, 1),
                    ["stm_rollout_cpu_ms"] = Math.Round(stm.MedianCpuMilliseconds, 1),
                    ["stm_params"] = stm.Parameters,
                    ["lstm_rollout_ms"] = Math.Round(lstm.MedianMilliseconds, 1),
                    ["lstm_rollout_min_ms"] = Math.Round(lstm.MinMilliseconds, 1),
                    ["lstm_rollout_cpu_ms"] = Math.Round(lstm.MedianCpuMilliseconds, 1),
                    ["lstm_params"] = lstm.Parameters,
                    ["universe42_lstm256_rollout_ms"] = Math.Round(small.MedianMilliseconds, 1),
                    ["universe42_lstm256_rollout_min_ms"] = Math.Round(small.MinMilliseconds, 1),
                    ["universe42_lstm256_rollout_cpu_ms"] = Math.Round(small.MedianCpuMilliseconds, 1),
                    ["universe42_lstm256_params"] = small.Parameters,
                    ["stm_phases_ms"] = Phases(stm),
                    ["lstm_phases_ms"] = Phases(lstm),
                    ["universe42_lstm256_phases_ms"] = Phases(small),
                    ["runs"] = repetitions,
                    ["threads"] = 1,
                    ["rollout_length"] = 20,
                    ["authors_stm_ms"] = AuthorsStmMilliseconds,
                    ["authors_lstm_ms"] = AuthorsLstmMilliseconds,
                }));
            }
            else
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"A3C step (20-step rollout + bootstrap + loss + backward), batch 1, one thread, median of {repetitions}:"));
                Describe(output, "LSTM-256 → STM", stm, AuthorsStmMilliseconds);
                Describe(output, "LSTM-512      ", lstm, AuthorsLstmMilliseconds);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  42×42 LSTM-256: {small.MedianMilliseconds:F1} ms (min {small.MinMilliseconds:F1}, CPU {small.MedianCpuMilliseconds:F1}), {small.Parameters:N0} parameters (--encoder universe42 --core lstm --lstm-size 256)"));
                DescribePhases(output, small);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static void Describe(TextWriter output, string name, BenchmarkResult result, double authors)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name}: {result.MedianMilliseconds:F1} ms (min {result.MinMilliseconds:F1}, CPU {result.MedianCpuMilliseconds:F1}), {result.Parameters:N0} parameters; authors' PyTorch {authors} ms"));
        DescribePhases(output, result);
    }

    private static void DescribePhases(TextWriter output, BenchmarkResult result) =>
        output.WriteLine("    ms per phase: " + string.Join(", ", result.MedianPhaseMilliseconds.Select(phase =>
            string.Create(CultureInfo.InvariantCulture, $"{PhaseName(phase.Key).Replace('_', ' ')} {phase.Value:F1}"))));

    private static Dictionary<string, double> Phases(BenchmarkResult result) =>
        result.MedianPhaseMilliseconds.ToDictionary(phase => PhaseName(phase.Key), phase => Math.Round(phase.Value, 1));

    // EncoderForward → encoder_forward.
    private static string PhaseName(RolloutPhase phase) =>
        string.Concat(phase.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
