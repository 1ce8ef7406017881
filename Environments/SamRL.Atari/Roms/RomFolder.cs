namespace SamRL.Atari.Roms;

/// <summary>One folder <see cref="RomDiscovery"/> searches.</summary>
/// <param name="Path">The folder.</param>
/// <param name="Source">Why it is searched.</param>
public sealed record RomFolder(string Path, RomSource Source);
