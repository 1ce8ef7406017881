using SamRL.Atari.Games;
using SamRL.Atari.Machine;

namespace SamRL.Atari.Roms;

/// <summary>
/// open-pong, SamRL's own Pong-style game (MIT licensed; 6502 source in <c>Roms/OpenPong/open-pong.asm</c>), embedded
/// in this assembly so that Pong can be played where the published ROM is not available. The player's paddle is on
/// the right (left-port paddle 0, or a joystick's up/down), the computer's on the left; the first side to
/// <see cref="WinningScore"/> wins. The scores sit where ALE's Pong keeps them, as plain binary, so Pong's reward
/// and terminal rules (<see cref="PongRules"/>) apply unchanged; its game mode sits where ALE's Pong settings select
/// it (<see cref="GameModeAddress"/>), so ALE runs the ROM saved as <c>pong.bin</c> with Pong's settings. The RAM map
/// is documented in <c>Roms/OpenPong/README.md</c>.
/// </summary>
public static class OpenPong
{
    /// <summary>The game's name in the game table and on the command line.</summary>
    public const string Name = "open-pong";

    /// <summary>MD5 of <see cref="Rom"/>, lower-case hex.</summary>
    public const string Md5 = "bdf2bb6e8d1df6a1d4d672316e62bf7e";

    /// <summary>The score that ends the game.</summary>
    public const int WinningScore = 21;

    /// <summary>RAM address of the computer's score (plain binary, 0..21), as in ALE's Pong.</summary>
    public const int ComputerScoreAddress = 0x8D;

    /// <summary>RAM address of the player's score (plain binary, 0..21), as in ALE's Pong.</summary>
    public const int PlayerScoreAddress = 0x8E;

    /// <summary>RAM address of the game mode: <see cref="NormalMode"/> or <see cref="HardMode"/>; the console's SELECT switch toggles it.</summary>
    public const int GameModeAddress = 0x96;

    /// <summary>Mode 0, the power-on default: the computer moves 1.0625 lines per frame after a 12-frame reaction time.</summary>
    public const int NormalMode = 0;

    /// <summary>Mode 1: a harder computer, 1.375 lines per frame after a 6-frame reaction time.</summary>
    public const int HardMode = 1;

    /// <summary>RAM address of the game state: 0 no game running, 1 waiting to serve, 2 ball in play.</summary>
    public const int StateAddress = 0x82;

    /// <summary>RAM address of the ball's left edge in pixels (0..159).</summary>
    public const int BallXAddress = 0x84;

    /// <summary>RAM address of the ball's top line in the play area (0..148).</summary>
    public const int BallYAddress = 0x86;

    /// <summary>RAM address of the top line of the computer's paddle in the play area (0..136).</summary>
    public const int ComputerPaddleYAddress = 0x8F;

    /// <summary>RAM address of the top line of the player's paddle in the play area (0..136).</summary>
    public const int PlayerPaddleYAddress = 0x90;

    private const string ResourceName = "SamRL.Atari.Roms.OpenPong.open-pong.bin";

    private static readonly byte[] Image = LoadImage();

    /// <summary>The 4K cartridge image.</summary>
    public static ReadOnlySpan<byte> Rom => Image;

    /// <summary>
    /// The game-table entry: a paddle in the left port (not swapped), Pong's minimal action set (RIGHT moves the
    /// paddle up, LEFT down), Pong's scoring at <see cref="ComputerScoreAddress"/> and <see cref="PlayerScoreAddress"/>,
    /// and ALE's Pong reset: SELECT pressed (2 frames each) until <see cref="GameModeAddress"/> holds the mode, modes
    /// 0 and 1, difficulties 0–3 (the console's difficulty switches, which open-pong ignores).
    /// </summary>
    public static GameDefinition Game { get; } = new()
    {
        Name = Name,
        IdName = "OpenPong",
        Md5s = [Md5],
        LeftController = AtariConsoleController.Paddles,
        MinimalActions = [0, 1, 3, 4, 11, 12],
        Modes = [NormalMode, HardMode],
        Difficulties = [0, 1, 2, 3],
        ModeSelection = new ModeSelection(GameModeAddress, FramesPerPress: 2),
        CreateRules = () => new PongRules(ComputerScoreAddress, PlayerScoreAddress, WinningScore),
    };

    /// <summary>The ROM paired with <see cref="Game"/>, ready for an environment.</summary>
    public static AtariRom AsAtariRom() => AtariRom.ForGame(Rom, Name, Game);

    private static byte[] LoadImage()
    {
        using Stream stream = typeof(OpenPong).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {typeof(OpenPong).Assembly.GetName().Name}.");
        var image = new byte[stream.Length];
        stream.ReadExactly(image);
        return image;
    }
}
