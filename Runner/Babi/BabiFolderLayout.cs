using System.Text.RegularExpressions;

namespace SamRL.Runner.Babi;

/// <summary>Which of the standard bAbI layouts a folder holds, in words for the log and the console.</summary>
public static partial class BabiFolderLayout
{
    /// <summary>
    /// "en-valid-10k" when the folder has validation files (qaN_valid.txt), otherwise the en / en-10k layout whose
    /// validation split is the last 10 % of each task's training stories.
    /// </summary>
    public static string Describe(string folder) =>
        Directory.Exists(folder) && Directory.EnumerateFiles(folder).Any(path => ValidationFile().IsMatch(Path.GetFileName(path)))
            ? "en-valid-10k layout (qaN_train/valid/test.txt): validation from the _valid files"
            : "en / en-10k layout (qaN_*_train/test.txt): validation = the last 10 % of each task's training stories";

    [GeneratedRegex(@"^qa\d+_(?:.*_)?valid\.txt$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidationFile();
}
