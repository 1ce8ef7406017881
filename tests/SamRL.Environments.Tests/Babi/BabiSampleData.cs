using System.Runtime.CompilerServices;

namespace SamRL.Environments.Tests.Babi;

/// <summary>Locates the bAbI-format sample files we wrote for the tests (data/ next to this file).</summary>
internal static class BabiSampleData
{
    public static string Folder(string name, [CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "data", name);
}
