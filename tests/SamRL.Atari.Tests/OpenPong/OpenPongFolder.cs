namespace SamRL.Atari.Tests.OpenPong;

/// <summary>Environments/SamRL.Atari/Roms/OpenPong, found by walking up from the test binaries.</summary>
internal static class OpenPongFolder
{
    public static string Path { get; } = Find();

    public static string PathOf(string fileName) => System.IO.Path.Combine(Path, fileName);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = System.IO.Path.Combine(directory.FullName, "Environments", "SamRL.Atari", "Roms", "OpenPong");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No Environments/SamRL.Atari/Roms/OpenPong above {AppContext.BaseDirectory}.");
    }
}
