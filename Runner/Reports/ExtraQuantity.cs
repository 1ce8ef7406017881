namespace SamRL.Runner.Reports;

/// <summary>
/// A second number of a table cell that the paper prints in parentheses (e.g. TSP's tour length), read from the
/// <c>extra</c> object of <c>results.json</c>.
/// </summary>
/// <param name="Name">The key in <c>results.json</c>'s <c>extra</c> (e.g. <c>tourLength</c>).</param>
/// <param name="Label">How the report names it (e.g. <c>tour length</c>).</param>
/// <param name="Paper">The paper's value, or null where the paper gives none.</param>
public sealed record ExtraQuantity(string Name, string Label, double? Paper);
