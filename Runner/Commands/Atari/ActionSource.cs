using SamRL.Environments.Core;

namespace SamRL.Runner.Commands.Atari;

/// <summary>
/// Where the trace's actions come from: NOOP, SplitMix64 random actions from the minimal set (ALE_REFERENCE §12:
/// one draw per act, <c>action_set[z % size]</c>), or a file of ALE ids.
/// </summary>
internal sealed class ActionSource
{
    private readonly IReadOnlyList<int>? actionSet;
    private readonly int[]? fileActions;
    private SplitMix64 random;

    private ActionSource(IReadOnlyList<int>? actionSet, ulong seed, int[]? fileActions)
    {
        this.actionSet = actionSet;
        this.fileActions = fileActions;
        random = new SplitMix64(seed);
    }

    /// <summary>Always NOOP (0).</summary>
    public static ActionSource Noop() => new(null, 0, null);

    /// <summary>Uniform over <paramref name="actionSet"/> by SplitMix64 from <paramref name="seed"/>.</summary>
    public static ActionSource Random(IReadOnlyList<int> actionSet, ulong seed) => new(actionSet, seed, null);

    /// <summary>The actions of a file, in order.</summary>
    public static ActionSource FromList(int[] actions) => new(null, 0, actions);

    /// <summary>The action of step <paramref name="step"/> (steps are asked in order).</summary>
    public int Next(int step)
    {
        if (fileActions is not null)
        {
            return fileActions[step];
        }

        return actionSet is null ? 0 : actionSet[(int)(random.Next() % (ulong)actionSet.Count)];
    }
}
