namespace SamRL.Environments.Core;

/// <summary>An environment that wraps another one; lets <see cref="EnvChain"/> walk a wrapper stack.</summary>
public interface IEnvWrapper
{
    /// <summary>The wrapped environment (whose observation type may differ from this one's).</summary>
    object InnerEnvironment { get; }
}
