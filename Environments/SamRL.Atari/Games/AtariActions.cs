namespace SamRL.Atari.Games;

/// <summary>What each <see cref="AtariAction"/> presses, and its name in ALE's spelling.</summary>
public static class AtariActions
{
    /// <summary>Number of player-A actions (the full action set).</summary>
    public const int Count = 18;

    /// <summary>The full action set, ALE ids 0..17 in order.</summary>
    public static IReadOnlyList<int> Full { get; } = Enumerable.Range(0, Count).ToArray();

    /// <summary>ALE's names ("NOOP", "FIRE", ..., "DOWNLEFTFIRE"), indexed by ALE id.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "NOOP", "FIRE", "UP", "RIGHT", "LEFT", "DOWN", "UPRIGHT", "UPLEFT", "DOWNRIGHT", "DOWNLEFT",
        "UPFIRE", "RIGHTFIRE", "LEFTFIRE", "DOWNFIRE", "UPRIGHTFIRE", "UPLEFTFIRE", "DOWNRIGHTFIRE", "DOWNLEFTFIRE",
    ];

    /// <summary>True when <paramref name="id"/> is one of player A's actions (0..17).</summary>
    public static bool IsValid(int id) => (uint)id < Count;

    /// <summary>Whether the action holds the fire button.</summary>
    public static bool HasFire(int id) => Names[id].EndsWith("FIRE", StringComparison.Ordinal);

    /// <summary>Whether the action pushes the stick up.</summary>
    public static bool HasUp(int id) => Names[id].StartsWith("UP", StringComparison.Ordinal);

    /// <summary>Whether the action pushes the stick down.</summary>
    public static bool HasDown(int id) => Names[id].StartsWith("DOWN", StringComparison.Ordinal);

    /// <summary>Whether the action pushes the stick right (paddles: resistance decreases).</summary>
    public static bool HasRight(int id) => Names[id].Contains("RIGHT", StringComparison.Ordinal);

    /// <summary>Whether the action pushes the stick left (paddles: resistance increases).</summary>
    public static bool HasLeft(int id) => Names[id].Contains("LEFT", StringComparison.Ordinal);
}
