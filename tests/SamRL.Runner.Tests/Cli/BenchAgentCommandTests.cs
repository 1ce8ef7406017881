using System.Text.Json;

namespace SamRL.Runner.Tests.Cli;

public sealed class BenchAgentCommandTests
{
    [Fact]
    public void TheJsonReportsEachAgentsPhasesUnderSnakeCaseNames()
    {
        var (exit, output, error) = InProcessRunner.Run("bench", "agent", "--runs", "1", "--json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        string[] expected = ["encoder_forward", "core_forward", "action_readout", "bootstrap", "readout_and_loss", "core_backward", "encoder_backward"];
        foreach (var agent in new[] { "stm", "lstm", "universe42_lstm256" })
        {
            var phases = json.RootElement.GetProperty($"{agent}_phases_ms");
            Assert.Equal(expected, phases.EnumerateObject().Select(phase => phase.Name));
            Assert.All(phases.EnumerateObject(), phase => Assert.True(phase.Value.GetDouble() > 0, $"{agent} {phase.Name}"));
            Assert.True(phases.EnumerateObject().Sum(phase => phase.Value.GetDouble()) <= json.RootElement.GetProperty($"{agent}_rollout_ms").GetDouble() + 0.5,
                $"{agent}: the phases add up to more than the rollout");
        }
    }
}
