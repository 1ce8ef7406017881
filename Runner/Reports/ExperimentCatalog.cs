using SamRL.Runner.Cli;

namespace SamRL.Runner.Reports;

/// <summary>
/// Every experiment under a configs folder (<c>Experiments/configs</c>): one sub-folder per group with its
/// <c>group.json</c> and one JSON file per experiment. Experiments are ordered as the paper's table reads them,
/// column by column and row by row within a column.
/// </summary>
public sealed class ExperimentCatalog
{
    private ExperimentCatalog(IReadOnlyList<(ExperimentGroup Group, IReadOnlyList<ExperimentConfig> Configs)> groups) =>
        Groups = groups;

    /// <summary>The groups in folder-name order, each with its experiments in table order.</summary>
    public IReadOnlyList<(ExperimentGroup Group, IReadOnlyList<ExperimentConfig> Configs)> Groups { get; }

    /// <summary>Every experiment, group by group.</summary>
    public IEnumerable<ExperimentConfig> Configs => Groups.SelectMany(group => group.Configs);

    /// <summary>Loads and checks every group and config under <paramref name="folder"/>.</summary>
    /// <exception cref="UserInputException">The folder is missing or a file is wrong; the message names the file and the field.</exception>
    public static ExperimentCatalog Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new UserInputException($"--configs: folder {folder} does not exist.");
        }

        var groups = new List<(ExperimentGroup, IReadOnlyList<ExperimentConfig>)>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var groupFolder in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            var group = ExperimentGroup.Load(groupFolder);
            var configs = Directory.GetFiles(groupFolder, "*.json")
                .Where(file => Path.GetFileName(file) != ExperimentGroup.FileName)
                .Order(StringComparer.Ordinal)
                .Select(file => ExperimentConfig.Load(file, group))
                .ToList();
            CheckGroup(group, configs, ids);
            configs.Sort((a, b) => Position(group, a).CompareTo(Position(group, b)));
            groups.Add((group, configs));
        }

        return new ExperimentCatalog(groups);
    }

    private static (int Column, int Row) Position(ExperimentGroup group, ExperimentConfig config) =>
        (IndexOf(group.Columns, config.Column), IndexOf(group.Rows, config.Row));

    private static int IndexOf(IReadOnlyList<string> labels, string label) => labels.TakeWhile(candidate => candidate != label).Count();

    private static void CheckGroup(ExperimentGroup group, List<ExperimentConfig> configs, Dictionary<string, string> ids)
    {
        var cells = new Dictionary<(string, string), string>();
        foreach (var config in configs)
        {
            if (ids.TryGetValue(config.Id, out var other))
            {
                throw new UserInputException($"{config.File}: field \"id\" is \"{config.Id}\", already the id of {other}.");
            }

            ids[config.Id] = config.File;
            if (cells.TryGetValue((config.Row, config.Column), out var same))
            {
                throw new UserInputException(
                    $"{config.File}: fields \"row\" and \"column\" name the cell ({config.Row}, {config.Column}) of {same} again.");
            }

            cells[(config.Row, config.Column)] = config.File;
            if (config.Kind != configs[0].Kind)
            {
                throw new UserInputException(
                    $"{config.File}: field \"runner\" starts a {config.Kind} run but {configs[0].File} of the same group a {configs[0].Kind} run; a group holds one kind.");
            }
        }
    }
}
