using System.Runtime.CompilerServices;
using SamRL.Runner.Reports;

namespace SamRL.Runner.Tests.Reports;

public class RepositoryResultsTests
{
    [Fact]
    public void The_committed_pages_are_what_report_writes_from_the_committed_runs()
    {
        // Every number on Experiments/results/*.md must come from `SamRL.Runner report`: regenerate the pages from the
        // committed configs and collected runs, and compare. A hand-edited or stale page fails here.
        using var temporary = new TempDirectory();
        var results = Path.Combine(RepositoryFolder(), "Experiments", "results");
        CopyFolder(Path.Combine(results, "runs"), temporary.Combine("runs"));

        ReportWriter.Write(ExperimentCatalog.Load(Path.Combine(RepositoryFolder(), "Experiments", "configs")), temporary.Path);

        var pages = Directory.GetFiles(temporary.Path, "*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(pages, Directory.GetFiles(results, "*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var page in pages)
        {
            var committed = File.ReadAllText(Path.Combine(results, page!)).ReplaceLineEndings("\n");
            var generated = File.ReadAllText(temporary.Combine(page!));
            Assert.True(committed == generated,
                $"Experiments/results/{page} differs from what `dotnet run -c Release --project Runner -- report` writes; regenerate it.");
        }
    }

    private static void CopyFolder(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        if (!Directory.Exists(source))
        {
            return;
        }

        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string RepositoryFolder([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
}
