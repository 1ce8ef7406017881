namespace SamRL.Environments.Wrappers;

/// <summary>Checks that inner environments keep the observation contract the wrappers rely on.</summary>
internal static class ObservationChecks
{
    public static void EnsureLength<T>(ReadOnlySpan<T> observation, int expected, object environment)
    {
        if (observation.Length != expected)
        {
            throw new InvalidOperationException(
                $"{environment} returned an observation of {observation.Length} elements; its observation space " +
                $"promises {expected}.");
        }
    }
}
