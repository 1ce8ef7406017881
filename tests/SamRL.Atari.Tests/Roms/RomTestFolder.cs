namespace SamRL.Atari.Tests.Roms;

/// <summary>A fresh temporary folder for ROM files, deleted on dispose.</summary>
internal sealed class RomTestFolder : IDisposable
{
    public RomTestFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "samrl-atari-roms-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string name, byte[] bytes)
    {
        string path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
