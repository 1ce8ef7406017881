namespace SamRL.Environments.Spaces;

/// <summary>Argument checks shared by the spaces.</summary>
internal static class SpaceChecks
{
    public static void EnsureLength(int length, SpaceShape shape, string parameterName)
    {
        if (length != shape.ElementCount)
        {
            throw new ArgumentException(
                $"Expected {shape.ElementCount} elements (shape {shape}), got {length}.", parameterName);
        }
    }
}
