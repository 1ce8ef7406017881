namespace SamRL.Runner.Reports;

/// <summary>
/// One experiment: a cell of one of the paper's tables or figures, the Runner command that reproduces it, the
/// budget scaled to this machine and the seeds. Read from <c>Experiments/configs/&lt;group&gt;/&lt;id&gt;.json</c>.
/// </summary>
/// <param name="Id">Unique name; equals the file name without <c>.json</c>.</param>
/// <param name="Group">The table or figure (the folder name), e.g. <c>table1</c>.</param>
/// <param name="Row">The paper's row label, e.g. <c>STM (d=48)</c>.</param>
/// <param name="Column">The paper's column label, e.g. <c>L=30</c>.</param>
/// <param name="Paper">The paper's number in the group's unit, or null where the paper gives none.</param>
/// <param name="PaperNote">What else the paper says about the cell (epochs to converge, spread), or null.</param>
/// <param name="Runner">The Runner arguments without seed, budget and run folder, e.g. <c>task copy --model stm</c>.</param>
/// <param name="Budget">The default budget of one seed on this machine.</param>
/// <param name="Seeds">The seeds run by default.</param>
/// <param name="Extras">Second numbers of the cell (supervised only), e.g. TSP's tour length.</param>
/// <param name="File">The file the config was read from.</param>
public sealed record ExperimentConfig(
    string Id,
    string Group,
    string Row,
    string Column,
    double? Paper,
    string? PaperNote,
    IReadOnlyList<string> Runner,
    ExperimentBudget Budget,
    IReadOnlyList<ulong> Seeds,
    IReadOnlyList<ExtraQuantity> Extras,
    string File)
{
    /// <summary>Options the run plan sets itself, so a config must not.</summary>
    public static IReadOnlyList<string> ReservedOptions { get; } =
        ["--seed", "--run-dir", "--resume", "--max-minutes", "--max-iterations", "--max-frames"];

    /// <summary><see cref="ExperimentKind.Supervised"/> for <c>task</c> and <c>babi</c>, otherwise an A3C game run.</summary>
    public ExperimentKind Kind => KindOf(Runner[0]);

    /// <summary>Reads and checks the config in <paramref name="path"/>, which must sit in the folder of <paramref name="group"/>.</summary>
    /// <exception cref="Cli.UserInputException">A field is missing or wrong; the message names the file and the field.</exception>
    public static ExperimentConfig Load(string path, ExperimentGroup group)
    {
        var fields = ConfigFields.Load(path);
        fields.AllowOnly("id", "group", "row", "column", "paper", "paperNote", "runner", "budget", "seeds", "extras");
        var id = fields.String("id");
        if (id != Path.GetFileNameWithoutExtension(path))
        {
            throw fields.Bad("id", $"is \"{id}\"; expected the file name without .json, \"{Path.GetFileNameWithoutExtension(path)}\"");
        }

        var groupName = fields.String("group");
        if (groupName != group.Name)
        {
            throw fields.Bad("group", $"is \"{groupName}\"; expected the name of its folder, \"{group.Name}\"");
        }

        var row = fields.String("row");
        if (!group.Rows.Contains(row, StringComparer.Ordinal))
        {
            throw fields.Bad("row", $"is \"{row}\"; expected one of the rows of {group.Name}/group.json: {string.Join(", ", group.Rows)}");
        }

        var column = fields.String("column");
        if (!group.Columns.Contains(column, StringComparer.Ordinal))
        {
            throw fields.Bad("column", $"is \"{column}\"; expected one of the columns of {group.Name}/group.json: {string.Join(", ", group.Columns)}");
        }

        var runner = ReadRunner(fields);
        var kind = KindOf(runner[0]);
        var extras = fields.Objects("extras").Select(extra =>
        {
            extra.AllowOnly("name", "label", "paper");
            return new ExtraQuantity(extra.String("name"), extra.String("label"), extra.OptionalNumber("paper"));
        }).ToArray();
        if (extras.Length > 0 && kind == ExperimentKind.Reinforcement)
        {
            throw fields.Bad("extras", "applies to task and babi runs only (their results.json has extra numbers)");
        }

        return new ExperimentConfig(
            id, groupName, row, column, fields.OptionalNumber("paper"), fields.OptionalString("paperNote"), runner,
            ExperimentBudget.Read(fields.Object("budget"), kind), fields.PositiveIntegers("seeds"), extras, path);
    }

    private static IReadOnlyList<string> ReadRunner(ConfigFields fields)
    {
        var runner = fields.Strings("runner");
        if (runner[0].StartsWith('-'))
        {
            throw fields.Bad("runner[0]", $"is \"{runner[0]}\"; expected the command: task, babi or a game name such as pong");
        }

        for (var index = 0; index < runner.Count; index++)
        {
            if (runner[index].Any(char.IsWhiteSpace))
            {
                throw fields.Bad($"runner[{index}]", "must not contain white space; give each argument as its own string");
            }

            if (ReservedOptions.Contains(runner[index], StringComparer.Ordinal))
            {
                throw fields.Bad($"runner[{index}]", $"sets {runner[index]}, which the run plan sets from the fields seeds and budget");
            }
        }

        return runner;
    }

    private static ExperimentKind KindOf(string command) =>
        command is "task" or "babi" ? ExperimentKind.Supervised : ExperimentKind.Reinforcement;
}
