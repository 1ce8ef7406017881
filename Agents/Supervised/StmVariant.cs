using System.Globalization;
using SamRL.Memory;

namespace SamRL.Agents.Supervised;

/// <summary>
/// The paper's STM ablations over a task's preset (Tables 1–2): slot size d, query count n_q (the slot count N of
/// §2.6), SAM passes per step, no gates, no transfer. Null keeps the preset's value.
/// </summary>
public sealed record StmVariant
{
    /// <summary>d, the item memory's size d×d (Table 1: 48 or 96).</summary>
    public int? SlotSize { get; init; }

    /// <summary>n_q = n_kv = N, the number of SAM queries and relational slots (Table 2: 1, 4 or 8).</summary>
    public int? Queries { get; init; }

    /// <summary>SAM passes per time step (1 in every published configuration).</summary>
    public int? SamPasses { get; init; }

    /// <summary>False is the "w/o gates" ablation; null keeps the preset (Nth-farthest's preset has no gates).</summary>
    public bool? Gates { get; init; }

    /// <summary>False is the "w/o transfer" ablation (no G1, no α3 term).</summary>
    public bool? Transfer { get; init; }

    /// <summary>The preset with this variant's changes.</summary>
    public StmOptions Apply(StmOptions preset)
    {
        ArgumentNullException.ThrowIfNull(preset);
        var options = preset with
        {
            SlotSize = SlotSize ?? preset.SlotSize,
            SlotCount = Queries ?? preset.SlotCount,
            SamPasses = SamPasses ?? preset.SamPasses,
            Gates = Gates ?? preset.Gates,
            Transfer = Transfer ?? preset.Transfer,
        };
        options.Validate();
        return options;
    }

    /// <summary>A short description of the resolved options, e.g. <c>d96-nq8</c> or <c>d48-nq1-no-transfer</c>.</summary>
    public static string Describe(StmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var text = string.Create(CultureInfo.InvariantCulture, $"d{options.SlotSize}-nq{options.SlotCount}");
        if (options.SamPasses != 1)
        {
            text += string.Create(CultureInfo.InvariantCulture, $"-passes{options.SamPasses}");
        }

        return text + (options.Gates ? "" : "-no-gates") + (options.Transfer ? "" : "-no-transfer");
    }
}
