using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using SamRL.Environments.Tasks.Episodic;

namespace SamRL.Environments.Tests.Registry;

/// <summary>
/// The library README's table of task ids is where users read the registered defaults: it must name every
/// <c>SamRL/*</c> id with exactly its options, each at the default the registry applies.
/// </summary>
public partial class RegistryDocumentationTests
{
    [Fact]
    public void The_readme_lists_every_task_id_with_its_options_and_defaults()
    {
        var readme = File.ReadAllLines(ReadmePath());

        foreach (var spec in TaskEnvironments.Specs())
        {
            var row = Assert.Single(readme, line => line.StartsWith($"| `{spec.Id}` |", StringComparison.Ordinal));
            var documented = DocumentedOption().Matches(row).Select(match => (match.Groups[1].Value, match.Groups[2].Value));

            Assert.Equal(spec.Options.Select(option => (option.Name, option.DefaultValue)).Order(), documented.Order());
        }
    }

    private static string ReadmePath([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "Environments", "SamRL.Environments", "README.md"));

    [GeneratedRegex(@"`([a-z_]+)=([^`]+)`")]
    private static partial Regex DocumentedOption();
}
