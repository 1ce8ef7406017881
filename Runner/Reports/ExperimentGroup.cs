namespace SamRL.Runner.Reports;

/// <summary>
/// One table or figure of the paper, read from <c>Experiments/configs/&lt;group&gt;/group.json</c>: its title, what
/// it measures, the unit of its numbers, the order of its rows and columns, and how its budget was scaled.
/// </summary>
/// <param name="Name">The folder name, e.g. <c>table1</c>.</param>
/// <param name="Title">The heading of its report, e.g. <c>Table 1 — Associative retrieval</c>.</param>
/// <param name="Reproduces">What the paper measured and how, in a sentence or two.</param>
/// <param name="Value">The unit of the paper's and our numbers, e.g. <c>test accuracy %</c>.</param>
/// <param name="BudgetNote">How the paper's training length compares with the budgets here.</param>
/// <param name="Rows">The paper's row labels, in the paper's order.</param>
/// <param name="Columns">The paper's column labels, in the paper's order (one curve panel each).</param>
public sealed record ExperimentGroup(
    string Name,
    string Title,
    string Reproduces,
    string Value,
    string BudgetNote,
    IReadOnlyList<string> Rows,
    IReadOnlyList<string> Columns)
{
    /// <summary>The group file's name inside the group folder.</summary>
    public const string FileName = "group.json";

    /// <summary>Reads the group file of the folder <paramref name="folder"/>.</summary>
    /// <exception cref="Cli.UserInputException">The file is missing or a field is wrong; the message names the file and the field.</exception>
    public static ExperimentGroup Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!System.IO.File.Exists(path))
        {
            throw new Cli.UserInputException($"{folder}: no {FileName}; each folder of Experiments/configs is a group described by one.");
        }

        var fields = ConfigFields.Load(path);
        fields.AllowOnly("title", "reproduces", "value", "budgetNote", "rows", "columns");
        var rows = fields.Strings("rows");
        var columns = fields.Strings("columns");
        if (rows.Distinct(StringComparer.Ordinal).Count() != rows.Count)
        {
            throw fields.Bad("rows", "must not repeat a label");
        }

        if (columns.Distinct(StringComparer.Ordinal).Count() != columns.Count)
        {
            throw fields.Bad("columns", "must not repeat a label");
        }

        return new ExperimentGroup(
            Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)), fields.String("title"), fields.String("reproduces"),
            fields.String("value"), fields.String("budgetNote"), rows, columns);
    }
}
