using SkiaSharp;

namespace SamRL.Runner.Reports;

/// <summary>One curve of a panel: a model's mean over seeds with its min–max band.</summary>
/// <param name="Label">The legend text (the paper's row, e.g. <c>STM</c>).</param>
/// <param name="Color">Line colour; the band is drawn in the same colour, translucent.</param>
/// <param name="Points">The band, in increasing x.</param>
public sealed record CurveSeries(string Label, SKColor Color, IReadOnlyList<BandPoint> Points);

/// <summary>One panel of a figure: the curves of one paper column (a task, a frame skip).</summary>
/// <param name="Title">The panel's title.</param>
/// <param name="XLabel">What x counts.</param>
/// <param name="YLabel">What y measures.</param>
/// <param name="Series">The curves.</param>
/// <param name="Empty">What the panel says when no curve has a point (e.g. <c>not run</c>).</param>
public sealed record CurvePanel(string Title, string XLabel, string YLabel, IReadOnlyList<CurveSeries> Series, string Empty);
