using System.Globalization;

namespace SamRL.Environments.Tasks.Geometry;

/// <summary>
/// Reader for the Pointer-Network text files (Vinyals et al. 2015) used for convex hull and TSP: one
/// example per line, <c>x1 y1 x2 y2 … output i1 i2 … i1</c>, with 1-based indices and the solution closed
/// by repeating its first index. Blank lines are skipped.
/// </summary>
public static class PointerNetworkFile
{
    private const string OutputKeyword = "output";

    /// <summary>Reads every example of the file at <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="PointerNetworkFormatException">A line is malformed.</exception>
    public static IReadOnlyList<PointProblem> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!System.IO.File.Exists(path))
        {
            throw new FileNotFoundException($"Pointer-Network data file not found: {path}", path);
        }

        using var reader = new StreamReader(path);
        return Parse(reader, path);
    }

    /// <summary>Reads every example from <paramref name="reader"/>; <paramref name="sourceName"/> appears in errors.</summary>
    /// <exception cref="PointerNetworkFormatException">A line is malformed.</exception>
    public static IReadOnlyList<PointProblem> Parse(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var examples = new List<PointProblem>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                examples.Add(ParseLine(line, sourceName, lineNumber));
            }
        }

        return examples;
    }

    private static PointProblem ParseLine(string line, string source, int lineNumber)
    {
        var tokens = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var split = Array.IndexOf(tokens, OutputKeyword);
        if (split < 0)
        {
            throw new PointerNetworkFormatException(source, lineNumber, $"expected the keyword '{OutputKeyword}' between the coordinates and the solution.");
        }

        if (split == 0 || split % 2 != 0)
        {
            throw new PointerNetworkFormatException(source, lineNumber, $"expected a non-empty, even number of coordinates before '{OutputKeyword}', got {split}.");
        }

        var points = new Point2[split / 2];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = new Point2(
                ParseCoordinate(tokens[2 * i], source, lineNumber, 2 * i + 1),
                ParseCoordinate(tokens[2 * i + 1], source, lineNumber, 2 * i + 2));
        }

        var indices = tokens[(split + 1)..];
        if (indices.Length < 2)
        {
            throw new PointerNetworkFormatException(source, lineNumber, $"expected at least two solution indices after '{OutputKeyword}', got {indices.Length}.");
        }

        var solution = new int[indices.Length];
        for (var i = 0; i < indices.Length; i++)
        {
            if (!int.TryParse(indices[i], NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index < 1 || index > points.Length)
            {
                throw new PointerNetworkFormatException(source, lineNumber, $"solution entry {i + 1} '{indices[i]}': expected a point index in 1..{points.Length}.");
            }

            solution[i] = index - 1;
        }

        if (solution[^1] != solution[0])
        {
            throw new PointerNetworkFormatException(source, lineNumber, $"expected the solution to end by repeating its first index {solution[0] + 1}, got {solution[^1] + 1}.");
        }

        return new PointProblem(points, solution[..^1]);
    }

    private static double ParseCoordinate(string token, string source, int lineNumber, int position)
    {
        if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new PointerNetworkFormatException(source, lineNumber, $"coordinate {position} '{token}': expected a finite number.");
        }

        return value;
    }
}
