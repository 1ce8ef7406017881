using SamRL.Agents.Networks;
using SamRL.Atari.Env;
using SamRL.Atari.Games;
using SamRL.Atari.Roms;
using SamRL.Environments.Core;
using SamRL.Environments.Wrappers;
using SamRL.Runner.Cli;

namespace SamRL.Runner.Training;

/// <summary>
/// The Atari environment of a training run: the game's ROM (found by ROM discovery, or <c>--rom</c>), an
/// <see cref="AtariEnv"/> that steps single frames with the run's sticky-action probability, and the authors'
/// wrapper stack on top (time limit, no-op reset, max-and-skip over <c>--frameskip</c> frames, fire reset,
/// 80×80 grey frames, or 42×42 for the <c>universe42</c> encoder, running normalisation; SAM_STM_REFERENCE §3.1).
/// </summary>
public static class AtariTraining
{
    /// <summary>Resolves <paramref name="game"/> (an ALE game name) to a training environment.</summary>
    /// <exception cref="UserInputException">Unknown game, missing ROM (naming the folders searched), or a bad ROM file.</exception>
    public static TrainingEnvironment Resolve(string game, TrainSettings settings)
    {
        var rom = FindRom(game, settings, out var origin);
        var options = AtariEnvOptions.NoFrameskipV4 with { RepeatActionProbability = settings.StickyActionProbability };
        var (encoder, preprocessing) = settings.Encoder == "universe42"
            ? (EncoderKind.Universe42, AtariPreprocessingOptions.Small42)
            : (EncoderKind.Atari80, AtariPreprocessingOptions.Authors());
        IEnv<float, int> Factory(int worker) => AtariWrapperStacks.Authors(new AtariEnv(rom, options), settings.FrameSkip, preprocessing: preprocessing);
        try
        {
            // Building one environment checks that the ROM runs as the game before a run folder is made.
            Factory(0).Dispose();
        }
        catch (InvalidOperationException exception)
        {
            throw new UserInputException($"{origin}: {exception.Message.ReplaceLineEndings(" ")}");
        }

        return new TrainingEnvironment(Factory, encoder, IsAtari: true, $"{rom} from {origin}", rom.Md5);
    }

    private static AtariRom FindRom(string name, TrainSettings settings, out string origin)
    {
        var game = GameTable.TryFind(name) ?? throw new UserInputException(
            $"unknown game '{name}'; known games: {string.Join(", ", GameTable.Games.Select(known => known.Name))} " +
            "(or a registered environment id such as SamRL/AssociativeRetrieval-v0).");
        if (settings.Rom is null && game.Name == OpenPong.Name)
        {
            origin = "the embedded open-pong ROM";
            return OpenPong.AsAtariRom();
        }

        var discovery = RomDiscovery.FromEnvironment(settings.RomDirectory);
        try
        {
            origin = settings.Rom is null ? "ROM discovery" : $"--rom {settings.Rom}";
            var rom = discovery.FindGame(game, settings.Rom);
            if (rom.Warning is { } warning)
            {
                origin += $" (warning: {warning})";
            }

            return rom;
        }
        catch (FileNotFoundException) when (settings.Rom is null && game.Name == "pong")
        {
            // Published ROMs cannot ship with SamRL: without one, Pong is played on our own open-source game.
            Console.Error.WriteLine($"No Pong ROM found ({discovery.Folders.Count} folders searched; see 'SamRL.Runner roms'): playing {OpenPong.Name}, SamRL's own open-source Pong, instead.");
            origin = $"the embedded {OpenPong.Name} ROM (no Pong ROM found)";
            return OpenPong.AsAtariRom();
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException or InvalidDataException
            or SamRL.Atari.Machine.Cartridges.InvalidRomException or UnknownRomException)
        {
            throw new UserInputException($"{(settings.Rom is null ? "missing ROM" : $"--rom {settings.Rom}")}: {exception.Message.ReplaceLineEndings(" ")}");
        }
    }
}
