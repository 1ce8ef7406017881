using SamRL.Atari.Machine;

namespace SamRL.Atari.Games;

/// <summary>
/// The games SamRL knows, with ALE's settings for each (ALE_REFERENCE §4.1, §7, §9.5). To add a game, add one
/// <see cref="GameDefinition"/> to <see cref="Games"/> (and a <see cref="GameRules"/> class unless an existing
/// one fits, e.g. <see cref="PongRules"/> with other score addresses).
/// </summary>
public static class GameTable
{
    /// <summary>Every known game, in the order listings show them.</summary>
    public static IReadOnlyList<GameDefinition> Games { get; } =
    [
        new()
        {
            Name = "pong",
            IdName = "Pong",
            Md5s = ["60e0ea3cbe0913d39803477945e9e5ec"],
            LeftController = AtariConsoleController.Paddles,
            RightController = AtariConsoleController.Paddles,
            SwapPaddles = true,
            MinimalActions = [0, 1, 3, 4, 11, 12],
            Modes = [0, 1],
            Difficulties = [0, 1, 2, 3],
            ModeSelection = new ModeSelection(0x96, FramesPerPress: 2),
            CreateRules = () => new PongRules(computerScoreAddress: 0x8D, playerScoreAddress: 0x8E),
        },
        new()
        {
            Name = "breakout",
            IdName = "Breakout",
            Md5s = ["f34f08e5eb96e500e851a80be3277a56"],
            LeftController = AtariConsoleController.Paddles,
            MinimalActions = [0, 1, 3, 4],
            Modes = [0, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44],
            Difficulties = [0, 1],
            ModeSelection = new ModeSelection(0xB2, FramesPerPress: 1),
            CreateRules = () => new BreakoutRules(),
        },
        new()
        {
            Name = "space_invaders",
            IdName = "SpaceInvaders",
            Md5s = ["72ffbef6504b75e69ee1045af9075f66"],
            MinimalActions = [0, 1, 3, 4, 11, 12],
            Modes = Enumerable.Range(0, 16).ToArray(),
            Difficulties = [0, 1],
            ModeSelection = new ModeSelection(0xDC, FramesPerPress: 2),
            CreateRules = () => new SpaceInvadersRules(),
        },
        new()
        {
            Name = "boxing",
            IdName = "Boxing",
            Md5s = ["c3ef5c4653212088eda54dc91d787870"],
            MinimalActions = AtariActions.Full,
            Difficulties = [0, 1, 2, 3],
            CreateRules = () => new BoxingRules(),
        },
        new()
        {
            Name = "freeway",
            IdName = "Freeway",
            Md5s = ["8e0ab801b1705a740b476b7f588c6d16"],
            MinimalActions = [0, 2, 5],
            Modes = Enumerable.Range(0, 8).ToArray(),
            Difficulties = [0, 1],
            ModeSelection = new ModeSelection(0x80, FramesPerPress: 1),
            CreateRules = () => new FreewayRules(),
        },
        Roms.OpenPong.Game,
    ];

    /// <summary>The game named <paramref name="name"/> (ALE name such as <c>space_invaders</c>, or id name such as <c>SpaceInvaders</c>; case and <c>-</c>/<c>_</c> ignored).</summary>
    /// <exception cref="ArgumentException">No such game; the message lists the known ones.</exception>
    public static GameDefinition Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return TryFind(name) ?? throw new ArgumentException(
            $"Unknown game '{name}'; known games: {string.Join(", ", Games.Select(game => game.Name))}.", nameof(name));
    }

    /// <summary>The game named <paramref name="name"/>, or null (same matching as <see cref="Find"/>).</summary>
    public static GameDefinition? TryFind(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string key = Normalize(name);
        return Games.FirstOrDefault(game => Normalize(game.Name) == key || Normalize(game.IdName) == key);
    }

    /// <summary>The game whose table lists <paramref name="md5"/> (lower-case hex), or null.</summary>
    public static GameDefinition? FindByMd5(string md5)
    {
        ArgumentNullException.ThrowIfNull(md5);
        return Games.FirstOrDefault(game => game.Md5s.Contains(md5, StringComparer.OrdinalIgnoreCase));
    }

    private static string Normalize(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal)
        .Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
}
