using System.Globalization;

namespace SamRL.Runner.Reports;

/// <summary>
/// How long one seed of an experiment may train, as Runner options: minutes for every kind, and a cap on
/// iterations (supervised) or emulator frames (reinforcement). The run stops at whichever limit comes first.
/// </summary>
/// <param name="MaxMinutes">The <c>--max-minutes</c> limit, or null.</param>
/// <param name="MaxIterations">The <c>--max-iterations</c> limit of <c>task</c>/<c>babi</c>, or null.</param>
/// <param name="MaxFrames">The <c>--max-frames</c> limit of an A3C run, or null.</param>
public sealed record ExperimentBudget(double? MaxMinutes, long? MaxIterations, long? MaxFrames)
{
    /// <summary>The Runner options that impose this budget.</summary>
    public IReadOnlyList<string> ToArguments()
    {
        var arguments = new List<string>();
        if (MaxMinutes is { } minutes)
        {
            arguments.AddRange(["--max-minutes", minutes.ToString("R", CultureInfo.InvariantCulture)]);
        }

        if (MaxIterations is { } iterations)
        {
            arguments.AddRange(["--max-iterations", iterations.ToString(CultureInfo.InvariantCulture)]);
        }

        if (MaxFrames is { } frames)
        {
            arguments.AddRange(["--max-frames", frames.ToString(CultureInfo.InvariantCulture)]);
        }

        return arguments;
    }

    /// <summary>Reads the <c>budget</c> object of a config; the limits that do not apply to <paramref name="kind"/> are refused.</summary>
    internal static ExperimentBudget Read(ConfigFields budget, ExperimentKind kind)
    {
        budget.AllowOnly("maxMinutes", "maxIterations", "maxFrames");
        var minutes = budget.OptionalNumber("maxMinutes");
        var iterations = budget.OptionalNumber("maxIterations");
        var frames = budget.OptionalNumber("maxFrames");
        if (minutes is <= 0)
        {
            throw budget.Bad("maxMinutes", "must be a positive number of minutes");
        }

        if (iterations is { } i && (i < 1 || i != Math.Floor(i)))
        {
            throw budget.Bad("maxIterations", "must be a positive whole number of iterations");
        }

        if (frames is { } f && (f < 1 || f != Math.Floor(f)))
        {
            throw budget.Bad("maxFrames", "must be a positive whole number of emulator frames");
        }

        if (kind == ExperimentKind.Supervised && frames is not null)
        {
            throw budget.Bad("maxFrames", "applies to A3C runs only; task and babi runs take maxIterations");
        }

        if (kind == ExperimentKind.Reinforcement && iterations is not null)
        {
            throw budget.Bad("maxIterations", "applies to task and babi runs only; A3C runs take maxFrames");
        }

        if (minutes is null && iterations is null && frames is null)
        {
            throw budget.Bad("maxMinutes", "is missing; a budget needs maxMinutes, maxIterations or maxFrames");
        }

        return new ExperimentBudget(minutes, (long?)iterations, (long?)frames);
    }
}
