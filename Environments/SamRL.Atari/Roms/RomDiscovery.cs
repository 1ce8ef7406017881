using SamRL.Atari.Games;
using SamRL.Atari.Machine.Cartridges;

namespace SamRL.Atari.Roms;

/// <summary>
/// Finds game ROMs: in the <c>--rom-dir</c> folder, then <c>SAMRL_ROM_DIR</c>, then the ROM folders of an installed
/// Python ale-py or AutoROM. In each folder a file whose MD5 the game table lists wins; otherwise a file named after
/// the game (<c>pong.bin</c>) is used with a warning, as ALE does. An explicit ROM path bypasses the search.
/// </summary>
public sealed class RomDiscovery
{
    /// <summary>The environment variable naming a ROM folder.</summary>
    public const string EnvironmentVariable = "SAMRL_ROM_DIR";

    private static readonly string[] RomExtensions = [".bin", ".a26"];

    /// <summary>Searches <paramref name="folders"/> in order.</summary>
    public RomDiscovery(IEnumerable<RomFolder> folders)
    {
        ArgumentNullException.ThrowIfNull(folders);
        Folders = folders.ToArray();
    }

    /// <summary>The folders searched, in order.</summary>
    public IReadOnlyList<RomFolder> Folders { get; }

    /// <summary>
    /// The standard search: <paramref name="romDirectory"/> (if given), <c>SAMRL_ROM_DIR</c> (if set), and the ale-py and
    /// AutoROM folders under every Python site-packages folder that exists (virtualenv, conda, user, system).
    /// </summary>
    public static RomDiscovery FromEnvironment(string? romDirectory = null)
    {
        var folders = new List<RomFolder>();
        if (!string.IsNullOrWhiteSpace(romDirectory))
        {
            folders.Add(new RomFolder(romDirectory, RomSource.RomDirectoryOption));
        }

        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromVariable)
        {
            folders.Add(new RomFolder(fromVariable, RomSource.EnvironmentVariable));
        }

        foreach (string sitePackages in PythonPackageFolders())
        {
            folders.Add(new RomFolder(Path.Combine(sitePackages, "ale_py", "roms"), RomSource.AlePy));
            folders.Add(new RomFolder(Path.Combine(sitePackages, "AutoROM", "roms"), RomSource.AutoRom));
        }

        return new RomDiscovery(folders);
    }

    /// <summary>
    /// The ROM of <paramref name="game"/>: <paramref name="explicitPath"/> when given (identified by MD5, run as the game
    /// with a warning when it is another revision), else the first match of the search.
    /// </summary>
    /// <exception cref="FileNotFoundException">No folder holds the game; the message lists the folders searched.</exception>
    /// <exception cref="InvalidRomException">The explicit file is not a usable ROM.</exception>
    public AtariRom FindGame(GameDefinition game, string? explicitPath = null)
    {
        ArgumentNullException.ThrowIfNull(game);
        if (explicitPath is not null)
        {
            return AtariRom.Load(explicitPath, game.Name);
        }

        foreach (RomFolderReport folder in Scan())
        {
            RomFileReport? match = folder.Files.FirstOrDefault(file => file.Game == game)
                ?? folder.Files.FirstOrDefault(file => file.Problem is null && file.NamedGame == game);
            if (match is not null)
            {
                return AtariRom.Load(match.Path, game.Name);
            }
        }

        string searched = Folders.Count == 0 ? "no folders (set SAMRL_ROM_DIR or pass --rom-dir)" : string.Join(", ", Folders.Select(folder => folder.Path));
        throw new FileNotFoundException(
            $"No ROM of {game.Name} (md5 {game.Md5s[0]} or a file named {game.Name}.bin) found; searched {searched}. " +
            $"Pass --rom FILE, --rom-dir DIR or set {EnvironmentVariable}.");
    }

    /// <summary>What every folder holds: each ROM file, its MD5 and the game it is (or is named after).</summary>
    public IReadOnlyList<RomFolderReport> Scan() => Folders.Select(ScanFolder).ToArray();

    private static RomFolderReport ScanFolder(RomFolder folder)
    {
        if (!Directory.Exists(folder.Path))
        {
            return new RomFolderReport(folder, Exists: false, []);
        }

        var files = Directory.EnumerateFiles(folder.Path)
            .Where(path => RomExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(Identify)
            .ToArray();
        return new RomFolderReport(folder, Exists: true, files);
    }

    private static RomFileReport Identify(string path)
    {
        GameDefinition? named = GameTable.TryFind(Path.GetFileNameWithoutExtension(path));
        try
        {
            byte[] image = RomFile.Read(path);
            CartridgeDetector.Detect(image, path);
            string md5 = AtariRom.Md5Of(image);
            return new RomFileReport(path, md5, GameTable.FindByMd5(md5), named, Problem: null);
        }
        catch (InvalidRomException error)
        {
            return new RomFileReport(path, Md5: null, Game: null, named, error.Message);
        }
    }

    private static IEnumerable<string> PythonPackageFolders()
    {
        var roots = new List<string>();
        foreach (string variable in new[] { "VIRTUAL_ENV", "CONDA_PREFIX" })
        {
            if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } prefix)
            {
                roots.Add(Path.Combine(prefix, "lib"));
            }
        }

        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0)
        {
            roots.Add(Path.Combine(home, ".local", "lib"));
        }

        roots.AddRange(["/usr/local/lib", "/usr/lib"]);
        return roots.Where(Directory.Exists)
            .SelectMany(root => Directory.EnumerateDirectories(root, "python3*"))
            .SelectMany(python => new[] { Path.Combine(python, "site-packages"), Path.Combine(python, "dist-packages") })
            .Append("/usr/lib/python3/dist-packages")
            .Where(Directory.Exists)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }
}
