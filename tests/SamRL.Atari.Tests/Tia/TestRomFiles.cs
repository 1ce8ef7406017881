using SamRL.Atari.Machine;

namespace SamRL.Atari.Tests.Tia;

/// <summary>Finds the project's own test ROMs (Environments/SamRL.Atari/TestRoms) and runs them.</summary>
internal static class TestRomFiles
{
    /// <summary>The TestRoms folder, found by walking up from the test binaries to the repository.</summary>
    public static string Directory { get; } = FindDirectory();

    public static string PathOf(string fileName) => Path.Combine(Directory, fileName);

    public static byte[] Read(string fileName) => File.ReadAllBytes(PathOf(fileName));

    /// <summary>Powers on a console with the ROM, lets <paramref name="configure"/> set inputs, and runs <paramref name="frames"/> frames.</summary>
    public static AtariConsole Run(string fileName, int frames, Action<AtariConsole>? configure = null, AtariConsoleOptions? options = null)
    {
        var console = new AtariConsole(Read(fileName), options ?? new AtariConsoleOptions { RomName = fileName });
        configure?.Invoke(console);
        console.PowerOn();
        for (int i = 0; i < frames; i++)
        {
            console.RunFrame();
        }

        return console;
    }

    private static string FindDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "Environments", "SamRL.Atari", "TestRoms");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No Environments/SamRL.Atari/TestRoms above {AppContext.BaseDirectory}.");
    }
}
