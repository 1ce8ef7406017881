namespace SamRL.Environments.Registry;

/// <summary>Finds the known names closest to a mistyped one, for "did you mean" messages.</summary>
internal static class ClosestNames
{
    private const int MaximumSuggestions = 5;

    /// <summary>
    /// The candidates within an edit distance of a third of the query's length (at least 2), ignoring case, or whose
    /// name part (without namespace and version) contains the query's name part; nearest first, at most five.
    /// </summary>
    public static IReadOnlyList<string> Find(string query, IEnumerable<string> candidates)
    {
        var lowered = query.ToLowerInvariant();
        var queryName = NamePart(lowered);
        var limit = Math.Max(2, lowered.Length / 3);
        return candidates
            .Select(candidate => (candidate, distance: EditDistance(lowered, candidate.ToLowerInvariant())))
            .Where(pair => pair.distance <= limit || (queryName.Length >= 3 && NamePart(pair.candidate.ToLowerInvariant()).Contains(queryName, StringComparison.Ordinal)))
            .OrderBy(pair => pair.distance)
            .ThenBy(pair => pair.candidate, StringComparer.Ordinal)
            .Take(MaximumSuggestions)
            .Select(pair => pair.candidate)
            .ToArray();
    }

    /// <summary>The id without its <c>Namespace/</c> prefix and <c>-vN</c> suffix.</summary>
    private static string NamePart(string id)
    {
        var slash = id.LastIndexOf('/');
        var name = slash >= 0 ? id[(slash + 1)..] : id;
        var version = name.LastIndexOf("-v", StringComparison.Ordinal);
        return version > 0 ? name[..version] : name;
    }

    /// <summary>Levenshtein distance (insertions, deletions, substitutions).</summary>
    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
