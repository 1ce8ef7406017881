namespace SamRL.Environments.Core;

/// <summary>Looks through a stack of <see cref="IEnvWrapper"/>s, outermost first, like Gymnasium's <c>env.unwrapped</c>.</summary>
public static class EnvChain
{
    /// <summary>The outermost environment in the stack (starting with <paramref name="environment"/>) that implements <typeparamref name="TCapability"/>, or null.</summary>
    public static TCapability? Find<TCapability>(object environment)
        where TCapability : class
    {
        ArgumentNullException.ThrowIfNull(environment);
        for (object? current = environment; current is not null; current = (current as IEnvWrapper)?.InnerEnvironment)
        {
            if (current is TCapability capability)
            {
                return capability;
            }
        }

        return null;
    }

    /// <summary>The innermost environment of the stack (the one that is not a wrapper).</summary>
    public static object Unwrapped(object environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var current = environment;
        while (current is IEnvWrapper wrapper)
        {
            current = wrapper.InnerEnvironment;
        }

        return current;
    }
}
