namespace SamRL.Environments.Core;

/// <summary>
/// An environment whose discrete actions have names, in action-index order, using ALE's spelling
/// (<c>"NOOP"</c>, <c>"FIRE"</c>, <c>"UP"</c>, ..., <c>"DOWNLEFTFIRE"</c>). Wrappers find it through
/// <see cref="EnvChain.Find{TCapability}"/>, e.g. to locate FIRE for the fire-reset wrapper.
/// Lives are not a capability: every environment reports them in <see cref="EnvInfo.Lives"/>.
/// </summary>
public interface IHasActionMeanings
{
    /// <summary>The name of action <c>i</c> at index <c>i</c>.</summary>
    IReadOnlyList<string> ActionMeanings { get; }
}
