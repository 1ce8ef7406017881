using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using SamRL.Environments.Registry;
using SamRL.Environments.Vector;
using SamRL.Runner.Cli;
using SamRL.Runner.Training;

namespace SamRL.Runner.Commands;

/// <summary>
/// <c>bench envs</c>: environment throughput of N copies of a registered environment stepped together with random
/// actions, synchronously and on worker threads (<see cref="VectorEnvBenchmark"/>).
/// </summary>
public static class BenchEnvsCommand
{
    /// <summary>Adds <c>envs</c> to the <paramref name="bench"/> command and returns it.</summary>
    public static Command AddTo(Command bench)
    {
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table." };
        var id = new Option<string>("--env") { Description = "Environment id (see the registry). Default SamRL/Copy-v0.", DefaultValueFactory = _ => "SamRL/Copy-v0" };
        var copies = new Option<int>("--copies") { Description = "Environments stepped together. Default 16.", DefaultValueFactory = _ => 16 };
        var steps = new Option<int>("--steps") { Description = "Timed vector steps (each steps every copy once). Default 2000.", DefaultValueFactory = _ => 2000 };
        var command = new Command("envs", "Steps/s of N copies of an environment, synchronous and asynchronous (worker threads).")
        {
            json, id, copies, steps,
        };
        command.SetAction(parse => CommandErrors.Run(parse.InvocationConfiguration.Error, () =>
        {
            int copyCount = parse.GetValue(copies), stepCount = parse.GetValue(steps);
            if (copyCount < 1) throw new UserInputException($"--copies must be at least 1; got {copyCount}");
            if (stepCount < 1) throw new UserInputException($"--steps must be at least 1; got {stepCount}");
            string envId = parse.GetValue(id)!;
            EnvSpec spec;
            try
            {
                spec = RunnerEnvironments.Registry.Find(envId);
            }
            catch (ArgumentException error)
            {
                throw new UserInputException(error.Message.Replace($" (Parameter '{error.ParamName}')", "", StringComparison.Ordinal));
            }

            var synchronous = Measure(spec, copyCount, stepCount, asynchronous: false);
            var asynchronousResult = Measure(spec, copyCount, stepCount, asynchronous: true);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
                {
                    ["env"] = envId,
                    ["copies"] = copyCount,
                    ["vector_steps"] = stepCount,
                    ["sync_steps_per_s"] = Math.Round(synchronous.StepsPerSecond),
                    ["async_steps_per_s"] = Math.Round(asynchronousResult.StepsPerSecond),
                    ["async_over_sync"] = Math.Round(asynchronousResult.StepsPerSecond / synchronous.StepsPerSecond, 2),
                    ["processors"] = Environment.ProcessorCount,
                }));
            }
            else
            {
                Console.WriteLine($"{envId}, {copyCount} copies, {stepCount} vector steps, {Environment.ProcessorCount} processors");
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  synchronous:  {synchronous.StepsPerSecond,12:N0} steps/s"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  asynchronous: {asynchronousResult.StepsPerSecond,12:N0} steps/s ({asynchronousResult.StepsPerSecond / synchronous.StepsPerSecond:F2}x)"));
            }
            return ExitCodes.Success;
        }));
        bench.Subcommands.Add(command);
        return bench;
    }

    private static VectorEnvBenchmarkResult Measure(EnvSpec spec, int copies, int steps, bool asynchronous)
    {
        return (spec.ObservationType, spec.ActionType) switch
        {
            var (o, a) when o == typeof(byte) && a == typeof(int) => Run<byte, int>(spec.Id, copies, steps, asynchronous),
            var (o, a) when o == typeof(float) && a == typeof(int) => Run<float, int>(spec.Id, copies, steps, asynchronous),
            var (o, a) when o == typeof(float) && a == typeof(ulong) => Run<float, ulong>(spec.Id, copies, steps, asynchronous),
            _ => throw new UserInputException($"{spec.Id} is an IEnv<{spec.ObservationType.Name}, {spec.ActionType.Name}>, which bench envs cannot step"),
        };
    }

    private static VectorEnvBenchmarkResult Run<TObservation, TAction>(string id, int copies, int steps, bool asynchronous)
        where TObservation : unmanaged =>
        VectorEnvBenchmark.Run(_ => RunnerEnvironments.Registry.Make<TObservation, TAction>(id), copies, steps, asynchronous);
}
