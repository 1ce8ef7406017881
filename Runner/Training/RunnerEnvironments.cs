using SamRL.Atari.Env;
using SamRL.Environments.Registry;
using SamRL.Environments.Tasks.Episodic;

namespace SamRL.Runner.Training;

/// <summary>The environments the command line knows by id: every task environment and every Atari game id.</summary>
public static class RunnerEnvironments
{
    private static readonly Lazy<EnvRegistry> Shared = new(() =>
    {
        var registry = new EnvRegistry();
        TaskEnvironments.Register(registry);
        AtariEnvironments.Register(registry);
        return registry;
    });

    /// <summary>The registry of environment ids, filled on first use.</summary>
    public static EnvRegistry Registry => Shared.Value;
}
