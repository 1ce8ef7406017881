using System.Globalization;
using SamRL.Atari.Games;
using SamRL.Atari.Roms;
using SamRL.Environments.Registry;

namespace SamRL.Atari.Env;

/// <summary>
/// Registers every game of the <see cref="GameTable"/> under Gymnasium's ids: <c>&lt;Game&gt;-v5</c> and
/// <c>ALE/&lt;Game&gt;-v5</c> (<see cref="AtariEnvOptions.V5"/>) and <c>&lt;Game&gt;NoFrameskip-v4</c>
/// (<see cref="AtariEnvOptions.NoFrameskipV4"/>). The ROM comes from the <c>rom</c> option, else from
/// <see cref="RomDiscovery"/> (<c>rom_dir</c>, <c>SAMRL_ROM_DIR</c>, ale-py, AutoROM).
/// </summary>
public static class AtariEnvironments
{
    /// <summary>Adds the Atari ids to <paramref name="registry"/> (call once at start-up).</summary>
    /// <exception cref="InvalidOperationException">An id is already registered.</exception>
    public static void Register(EnvRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        foreach (EnvSpec spec in Specs())
        {
            registry.Register(spec);
        }
    }

    /// <summary>The specs of every Atari id.</summary>
    public static IEnumerable<EnvSpec> Specs()
    {
        foreach (GameDefinition game in GameTable.Games)
        {
            yield return Spec($"{game.IdName}-v5", game, AtariEnvOptions.V5);
            yield return Spec($"ALE/{game.IdName}-v5", game, AtariEnvOptions.V5);
            yield return Spec($"{game.IdName}NoFrameskip-v4", game, AtariEnvOptions.NoFrameskipV4);
        }
    }

    private static EnvSpec Spec(string id, GameDefinition game, AtariEnvOptions preset) => EnvSpec.Create<byte, int>(
        id,
        $"{game.IdName} (Atari 2600) with ALE semantics: frame skip {preset.FrameSkip}, sticky actions {preset.RepeatActionProbability.ToString(CultureInfo.InvariantCulture)}, " +
        $"{preset.MaxNumFramesPerEpisode:D}-frame limit.",
        [
            EnvOptionDefinition.Text("rom", string.Empty, "ROM file; empty = search rom_dir, SAMRL_ROM_DIR, ale-py and AutoROM."),
            EnvOptionDefinition.Text("rom_dir", string.Empty, "Folder searched first for the ROM."),
            EnvOptionDefinition.Text("obs_type", "rgb", "rgb (H,160,3), grayscale (H,160), ram (128) or palette (H,160 palette indices)."),
            EnvOptionDefinition.Integer("frameskip", preset.FrameSkip, "Emulator frames per step (at least 1)."),
            EnvOptionDefinition.Real("repeat_action_probability", preset.RepeatActionProbability, "Sticky-action probability per frame, in [0, 1]."),
            EnvOptionDefinition.Boolean("full_action_space", preset.FullActionSpace, "All 18 actions instead of the minimal set."),
            EnvOptionDefinition.Integer("max_num_frames_per_episode", preset.MaxNumFramesPerEpisode, "Frames before truncation; 0 = no limit."),
            EnvOptionDefinition.Integer("mode", -1, $"Game mode ({string.Join(", ", game.Modes)}); -1 = default."),
            EnvOptionDefinition.Integer("difficulty", -1, $"Difficulty ({string.Join(", ", game.Difficulties)}); -1 = default."),
        ],
        options => new AtariEnv(FindRom(game, options), ToOptions(options, preset), id));

    private static AtariRom FindRom(GameDefinition game, EnvOptions options)
    {
        string rom = options.GetString("rom");
        string romDirectory = options.GetString("rom_dir");
        if (rom.Length == 0 && game.Name == OpenPong.Name)
        {
            // SamRL's own game is embedded: it never needs a ROM file.
            return OpenPong.AsAtariRom();
        }

        return RomDiscovery.FromEnvironment(romDirectory.Length > 0 ? romDirectory : null).FindGame(game, rom.Length > 0 ? rom : null);
    }

    private static AtariEnvOptions ToOptions(EnvOptions options, AtariEnvOptions preset)
    {
        int mode = options.GetInt32("mode");
        int difficulty = options.GetInt32("difficulty");
        return preset with
        {
            ObservationType = ParseObservationType(options.GetString("obs_type"), options.EnvironmentId),
            FrameSkip = options.GetInt32("frameskip"),
            RepeatActionProbability = options.GetDouble("repeat_action_probability"),
            FullActionSpace = options.GetBoolean("full_action_space"),
            MaxNumFramesPerEpisode = options.GetInt64("max_num_frames_per_episode"),
            Mode = mode < 0 ? null : mode,
            Difficulty = difficulty < 0 ? null : difficulty,
        };
    }

    /// <summary>Parses Gymnasium's <c>obs_type</c> names (<c>rgb</c>, <c>grayscale</c>, <c>ram</c>) and <c>palette</c>.</summary>
    /// <exception cref="ArgumentException">Any other value.</exception>
    public static AtariObservationType ParseObservationType(string text, string? environmentId = null) => text.Trim().ToLowerInvariant() switch
    {
        "rgb" => AtariObservationType.Rgb,
        "grayscale" or "gray" or "grey" => AtariObservationType.Grayscale,
        "ram" => AtariObservationType.Ram,
        "palette" or "palette_indices" => AtariObservationType.PaletteIndices,
        _ => throw new ArgumentException($"Option 'obs_type' of {environmentId ?? "the Atari environment"} expects rgb, grayscale, ram or palette, got '{text}'.", nameof(text)),
    };
}
