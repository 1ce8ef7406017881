namespace SamRL.Atari.Roms;

/// <summary>One searched folder and the ROM files found in it.</summary>
/// <param name="Folder">The folder and its source.</param>
/// <param name="Exists">Whether the folder exists.</param>
/// <param name="Files">The <c>.bin</c>/<c>.a26</c> files in it, by name.</param>
public sealed record RomFolderReport(RomFolder Folder, bool Exists, IReadOnlyList<RomFileReport> Files);
