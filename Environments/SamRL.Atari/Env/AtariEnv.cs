using SamRL.Atari.Games;
using SamRL.Atari.Roms;
using SamRL.Environments.Core;
using SamRL.Environments.Episodes;
using SamRL.Environments.Spaces;

namespace SamRL.Atari.Env;

/// <summary>
/// An Atari 2600 game as a Gymnasium environment with ALE's semantics (ALE_REFERENCE §5, §10): a step repeats the
/// action for <see cref="AtariEnvOptions.FrameSkip"/> frames with per-frame sticky actions and sums the rewards;
/// <c>terminated</c> is the game's end, <c>truncated</c> the frame limit. <c>Reset(seed)</c> is a power-on (a new
/// console, as Gymnasium reloads the ROM, with ALE's random_seed derived from the seed as Gymnasium does) followed by a
/// game reset; <c>Reset()</c> only resets the game.
/// A new environment behaves as if it had been reset with seed 0. Steps allocate nothing.
/// </summary>
public sealed class AtariEnv : IEnv<byte, int>, IHasActionMeanings, IStateChecksum
{
    private readonly AtariEnvOptions options;
    private readonly int[] actionSet;
    private readonly byte[] observation;
    private readonly string id;
    private EpisodeLifecycle lifecycle;

    /// <summary>Creates the environment and powers the console on as if seeded with 0.</summary>
    /// <param name="rom">The identified ROM.</param>
    /// <param name="options">Settings; null = Gymnasium's constructor defaults.</param>
    /// <param name="id">The registry id named in messages (e.g. <c>Pong-v5</c>); null = <c>AtariEnv(game)</c>.</param>
    /// <exception cref="ArgumentException">An option is out of range or not available for the game; the message names it.</exception>
    public AtariEnv(AtariRom rom, AtariEnvOptions? options = null, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(rom);
        this.options = options ?? new AtariEnvOptions();
        if (this.options.FrameSkip < 1)
        {
            throw new ArgumentException($"FrameSkip must be at least 1; got {this.options.FrameSkip}.", nameof(options));
        }

        this.id = id ?? $"AtariEnv({rom.Game.Name})";
        Ale = new AleInterface(rom, new AleSettings
        {
            RepeatActionProbability = this.options.RepeatActionProbability,
            RandomSeed = AleRandomSeed(0),
            MaxNumFramesPerEpisode = this.options.MaxNumFramesPerEpisode,
            Mode = this.options.Mode,
            Difficulty = this.options.Difficulty,
            TruncateOnLossOfLife = this.options.TruncateOnLossOfLife,
        });
        actionSet = (this.options.FullActionSpace ? AtariActions.Full : rom.Game.MinimalActions).ToArray();
        ActionMeanings = actionSet.Select(action => AtariActions.Names[action]).ToArray();
        ActionSpace = new DiscreteSpace(actionSet.Length);
        int height = Ale.ScreenHeight, width = Ale.ScreenWidth;
        SpaceShape shape = this.options.ObservationType switch
        {
            AtariObservationType.Rgb => new SpaceShape(height, width, 3),
            AtariObservationType.Grayscale or AtariObservationType.PaletteIndices => new SpaceShape(height, width),
            AtariObservationType.Ram => new SpaceShape(128),
            _ => throw new ArgumentException($"ObservationType {this.options.ObservationType} is not Rgb, Grayscale, Ram or PaletteIndices.", nameof(options)),
        };
        ObservationSpace = new BoxSpace<byte>(0, 255, shape);
        observation = new byte[shape.ElementCount];
    }

    /// <summary>The ALE interface underneath (console, counters, RAM, screen).</summary>
    public AleInterface Ale { get; }

    /// <summary>The settings this environment was built with.</summary>
    public AtariEnvOptions Options => options;

    /// <inheritdoc />
    public IArraySpace<byte> ObservationSpace { get; }

    /// <inheritdoc />
    public ISpace<int> ActionSpace { get; }

    /// <summary>The ALE id of each action index (the minimal or the full set).</summary>
    public IReadOnlyList<int> ActionSet => actionSet;

    /// <inheritdoc />
    public IReadOnlyList<string> ActionMeanings { get; }

    /// <summary>
    /// ALE's random_seed for a reset seed, as Gymnasium derives it: the second word of NumPy's
    /// <c>SeedSequence(seed).generate_state(2)</c>. So <c>Reset(s)</c> draws the same sticky actions as Gymnasium's <c>reset(seed=s)</c>.
    /// </summary>
    public static uint AleRandomSeed(ulong seed) => NumPySeedSequence.GenerateState(NumPySeedSequence.EntropyOf(seed), 2)[1];

    /// <inheritdoc />
    public ResetResult<byte> Reset(ulong? seed = null)
    {
        if (seed is { } value)
        {
            Ale.LoadRom(AleRandomSeed(value));
        }

        Ale.ResetGame();
        lifecycle.Started();
        return new ResetResult<byte>(Observe(), Info());
    }

    /// <inheritdoc />
    public StepResult<byte> Step(int action)
    {
        lifecycle.EnsureRunning(this);
        if ((uint)action >= (uint)actionSet.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(action), action, $"{id}: expected an action index from 0 to {actionSet.Length - 1}.");
        }

        int aleAction = actionSet[action];
        double reward = 0;
        for (int frame = 0; frame < options.FrameSkip; frame++)
        {
            reward += Ale.Act(aleAction);
        }

        bool terminated = Ale.IsGameTerminal;
        bool truncated = Ale.IsGameTruncated;
        lifecycle.Stepped(terminated, truncated);
        return new StepResult<byte>(Observe(), reward, terminated, truncated, Info());
    }

    /// <summary>FNV-1a over RAM and screen: what a replay must reproduce.</summary>
    public ulong ComputeStateChecksum() => new StateHash().Append(Ale.Ram).Append(Ale.Screen).Value;

    /// <summary>Nothing to release; the console is plain managed memory.</summary>
    public void Dispose()
    {
    }

    /// <inheritdoc />
    public override string ToString() => id;

    private ReadOnlySpan<byte> Observe()
    {
        switch (options.ObservationType)
        {
            case AtariObservationType.Rgb:
                Ale.Palette.ToRgb(Ale.Screen, observation);
                break;
            case AtariObservationType.Grayscale:
                Ale.Palette.ToGray(Ale.Screen, observation);
                break;
            case AtariObservationType.Ram:
                Ale.Ram.CopyTo(observation);
                break;
            default:
                Ale.Screen.CopyTo(observation);
                break;
        }

        return observation;
    }

    private EnvInfo Info() => new() { Lives = Ale.Lives, EpisodeFrameNumber = Ale.EpisodeFrameNumber, FrameNumber = Ale.FrameNumber };
}
