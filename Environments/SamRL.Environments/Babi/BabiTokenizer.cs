using System.Text.RegularExpressions;

namespace SamRL.Environments.Babi;

/// <summary>
/// The authors' tokenisation (reference §5.1): split on runs of non-word characters, keep the punctuation
/// runs ('.', '?', ',') as tokens, drop whitespace, lower-case everything.
/// </summary>
public static partial class BabiTokenizer
{
    /// <summary>Tokens of <paramref name="text"/>: words and punctuation runs, lower-cased.</summary>
    public static string[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. TokenPattern().Matches(text).Select(m => m.Value.ToLowerInvariant())];
    }

    [GeneratedRegex(@"\w+|[^\w\s]+", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
