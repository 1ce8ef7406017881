using System.Diagnostics.CodeAnalysis;
using SamRL.Atari.Games;
using SamRL.Atari.Machine;
using SamRL.Atari.Roms;

namespace SamRL.Atari.Env;

/// <summary>
/// ALE's C++ interface over one console: <see cref="LoadRom"/> (power-on, §2.1), <see cref="ResetGame"/> (§2.2),
/// and <see cref="Act"/>, one emulated frame with sticky actions (§5), with the game's reward, terminal, lives
/// and truncation rules. <see cref="AtariEnv"/> builds the Gymnasium environment on it; traces and benchmarks use
/// it directly, as ALE's own harness does. Allocation-free after construction. Not thread-safe.
/// </summary>
public sealed class AleInterface
{
    private const int NoopResetFrames = 60;
    private const int SoftResetFrames = 4;
    private const int MaximumSelectPresses = 256;
    private const double UnitScale = 1.0 / 4294967296.0;

    private readonly AleSettings settings;
    private readonly double repeatActionProbability;
    private readonly int defaultMode;
    private readonly int defaultDifficulty;
    private AtariConsole console;
    private ControllerInput input;
    private Mt19937 environmentRandom;
    private GameRules rules;
    private int mode;
    private int initialLives;
    private int currentAction;

    /// <summary>Builds the console for <paramref name="rom"/> and loads it (power-on and one reset) with <see cref="AleSettings.RandomSeed"/>.</summary>
    /// <exception cref="ArgumentException">A setting is out of range or not available for the game; the message names it.</exception>
    /// <exception cref="AtariConsoleHaltedException">The CPU jammed while loading.</exception>
    public AleInterface(AtariRom rom, AleSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(rom);
        Rom = rom;
        Game = rom.Game;
        this.settings = settings ?? new AleSettings();
        Validate(this.settings, Game);

        // ALE's setFloat keeps the probability as a float; its sticky test compares a double draw with that float.
        repeatActionProbability = (float)this.settings.RepeatActionProbability;
        defaultMode = Game.Modes[0];
        defaultDifficulty = Game.Difficulties[0];
        LoadRom(this.settings.RandomSeed);
    }

    /// <summary>The ROM being played.</summary>
    public AtariRom Rom { get; }

    /// <summary>The game's table entry.</summary>
    public GameDefinition Game { get; }

    /// <summary>The console (replaced by every <see cref="LoadRom"/>).</summary>
    public AtariConsole Console => console;

    /// <summary>The last frame: <see cref="ScreenHeight"/> × 160 palette indices, row-major.</summary>
    public ReadOnlySpan<byte> Screen => console.Screen;

    /// <summary>Screen height (210 NTSC, 250 PAL).</summary>
    public int ScreenHeight => console.ScreenHeight;

    /// <summary>Screen width (160).</summary>
    public int ScreenWidth => console.ScreenWidth;

    /// <summary>The palette of the detected television standard.</summary>
    public PaletteTable Palette => console.Palette;

    /// <summary>RAM $80..$FF after the last frame.</summary>
    public ReadOnlySpan<byte> Ram => console.Ram;

    /// <summary>Frames of the current episode (ALE <c>getEpisodeFrameNumber</c>; reset frames excluded).</summary>
    public long EpisodeFrameNumber { get; private set; }

    /// <summary>Frames since <see cref="LoadRom"/> (ALE <c>getFrameNumber</c>; reset frames excluded).</summary>
    public long FrameNumber { get; private set; }

    /// <summary>Lives left (ALE <c>lives()</c>).</summary>
    public int Lives => rules.Lives;

    /// <summary>The game's terminal state (ALE <c>game_over(with_truncation=false)</c>).</summary>
    public bool IsGameTerminal => rules.IsTerminal;

    /// <summary>The episode hit the frame limit, or lost a life under <see cref="AleSettings.TruncateOnLossOfLife"/> (ALE <c>game_truncated</c>).</summary>
    public bool IsGameTruncated =>
        (settings.MaxNumFramesPerEpisode > 0 && EpisodeFrameNumber >= settings.MaxNumFramesPerEpisode) ||
        (settings.TruncateOnLossOfLife && rules.Lives < initialLives);

    /// <summary>Terminal or truncated (ALE <c>game_over()</c>): <see cref="Act"/> emulates nothing until <see cref="ResetGame"/>.</summary>
    public bool IsGameOver => IsGameTerminal || IsGameTruncated;

    /// <summary>
    /// Powers on a brand-new console (§2.1: fresh system RNG, auto-detect frames) and runs one <see cref="ResetGame"/>,
    /// as ALE's <c>loadROM</c>; the environment RNG is seeded with <paramref name="randomSeed"/> (ALE's random_seed).
    /// Like ALE, this first reset uses the game's default mode and difficulty; later resets use the settings.
    /// </summary>
    /// <exception cref="AtariConsoleHaltedException">The CPU jammed.</exception>
    [MemberNotNull(nameof(console), nameof(input), nameof(environmentRandom), nameof(rules))]
    public void LoadRom(uint randomSeed)
    {
        console = new AtariConsole(Rom.Image, new AtariConsoleOptions
        {
            RomName = Rom.Name,
            FirstVisibleLine = Game.FirstVisibleLine,
            VisibleLines = Game.VisibleLines,
            HmoveBlanks = Game.HmoveBlanks,
            LeftController = Game.LeftController,
            RightController = Game.RightController,
        });
        input = new ControllerInput(console.Controllers, Game);
        console.PowerOn();
        environmentRandom = new Mt19937(randomSeed);
        rules = Game.CreateRules();
        rules.Reset();
        initialLives = rules.Lives;
        FrameNumber = 0;
        mode = defaultMode;
        input.SetDifficulty(defaultDifficulty);
        ResetGame();
        mode = settings.Mode ?? defaultMode;
        input.SetDifficulty(settings.Difficulty ?? defaultDifficulty);
    }

    /// <summary>
    /// ALE's <c>reset_game</c> (§2.2): paddles to the midpoint, system reset, 60 NOOP frames, a 4-frame soft reset,
    /// rules cleared, the mode selected (with its soft reset) for games that select modes, another soft reset, then
    /// the game's starting actions.
    /// RAM and both RNG streams carry over.
    /// </summary>
    /// <exception cref="AtariConsoleHaltedException">The CPU jammed.</exception>
    /// <exception cref="InvalidOperationException">The game never showed the wanted mode in RAM (ALE would loop forever).</exception>
    public void ResetGame()
    {
        EpisodeFrameNumber = 0;
        if (Game.UsesPaddles)
        {
            input.ResetPaddles();
        }

        console.SystemReset();
        Emulate((int)AtariAction.Noop, reset: false, NoopResetFrames);
        SoftReset();
        rules.Reset();
        if (Game.ModeSelection is { } selection)
        {
            SelectMode(selection);
            SoftReset();
        }

        SoftReset();
        for (int i = 0; i < Game.StartingActions.Count; i++)
        {
            Emulate(Game.StartingActions[i], reset: false, frames: 1);
        }
    }

    /// <summary>
    /// One ALE <c>act</c> with frame skip 1: draws the sticky-action decisions of players A and B (two draws,
    /// always), then, unless the episode is over, emulates one frame and returns its reward (0 when over).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is not an ALE id 0..17.</exception>
    /// <exception cref="AtariConsoleHaltedException">The CPU jammed.</exception>
    public int Act(int action)
    {
        if (!AtariActions.IsValid(action))
        {
            throw new ArgumentOutOfRangeException(nameof(action), action, "Expected an ALE action id from 0 to 17.");
        }

        if (NextUnit() >= repeatActionProbability)
        {
            currentAction = action;
        }

        // Player B's draw: ALE makes it every frame even though player B always plays NOOP.
        NextUnit();
        if (IsGameOver)
        {
            return 0;
        }

        Emulate(currentAction, reset: false, frames: 1);
        EpisodeFrameNumber++;
        FrameNumber++;
        return rules.Reward;
    }

    private static void Validate(AleSettings settings, GameDefinition game)
    {
        if (!(settings.RepeatActionProbability is >= 0 and <= 1))
        {
            throw new ArgumentException($"RepeatActionProbability must be between 0 and 1; got {settings.RepeatActionProbability}.", nameof(settings));
        }

        if (settings.MaxNumFramesPerEpisode < 0)
        {
            throw new ArgumentException($"MaxNumFramesPerEpisode must be 0 (no limit) or positive; got {settings.MaxNumFramesPerEpisode}.", nameof(settings));
        }

        foreach (int action in game.StartingActions)
        {
            if (!AtariActions.IsValid(action))
            {
                throw new ArgumentException($"{game.Name}: starting action {action} is not an ALE action id from 0 to 17.", nameof(game));
            }
        }

        if (game.SwapPorts && game.UsesPaddles)
        {
            throw new ArgumentException($"{game.Name}: SwapPorts is supported for joystick games only; this game uses paddles.", nameof(game));
        }

        if (settings.Mode is { } mode && !game.Modes.Contains(mode))
        {
            throw new ArgumentException($"Mode {mode} is not available for {game.Name}; its modes are {string.Join(", ", game.Modes)}.", nameof(settings));
        }

        if (settings.Difficulty is { } difficulty && !game.Difficulties.Contains(difficulty))
        {
            throw new ArgumentException(
                $"Difficulty {difficulty} is not available for {game.Name}; its difficulties are {string.Join(", ", game.Difficulties)}.", nameof(settings));
        }
    }

    private double NextUnit() => environmentRandom.Next() * UnitScale;

    private void Emulate(int action, bool reset, int frames)
    {
        for (int frame = 0; frame < frames; frame++)
        {
            input.Apply(action, reset, select: false);
            console.RunFrame();
            rules.Step(console.Ram);
        }
    }

    private void SoftReset()
    {
        Emulate((int)AtariAction.Noop, reset: true, SoftResetFrames);
        currentAction = (int)AtariAction.Noop;
    }

    /// <summary>Presses SELECT until the mode byte shows the mode; each press is counted as one frame, as in ALE.</summary>
    private void SelectMode(ModeSelection selection)
    {
        for (int presses = 0; console.Ram[selection.RamAddress & 0x7F] != mode; presses++)
        {
            if (presses == MaximumSelectPresses)
            {
                throw new InvalidOperationException(
                    $"{Game.Name}: RAM ${selection.RamAddress:X2} never showed mode {mode} after {MaximumSelectPresses} SELECT presses; " +
                    $"the ROM '{Rom.Name}' does not select modes as the game table expects.");
            }

            input.Apply((int)AtariAction.Noop, reset: false, select: true);
            for (int frame = 0; frame < selection.FramesPerPress; frame++)
            {
                console.RunFrame();
            }

            Emulate((int)AtariAction.Noop, reset: false, frames: 1);
            EpisodeFrameNumber++;
            FrameNumber++;
        }
    }
}
