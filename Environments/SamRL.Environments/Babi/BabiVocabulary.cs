namespace SamRL.Environments.Babi;

/// <summary>
/// One vocabulary shared by every task and split, words and answers alike (reference §5.1). Index 0 is
/// <see cref="Padding"/>; other tokens get the next index the first time they are added.
/// </summary>
public sealed class BabiVocabulary
{
    /// <summary>The padding token, index 0.</summary>
    public const string Padding = "<pad>";

    private readonly Dictionary<string, int> indices = new(StringComparer.Ordinal) { [Padding] = 0 };
    private readonly List<string> tokens = [Padding];

    /// <summary>Number of entries, padding included.</summary>
    public int Count => tokens.Count;

    /// <summary>The tokens in index order.</summary>
    public IReadOnlyList<string> Tokens => tokens;

    /// <summary>Adds <paramref name="token"/> if new and returns its index.</summary>
    public int Add(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (!indices.TryGetValue(token, out var index))
        {
            index = tokens.Count;
            indices.Add(token, index);
            tokens.Add(token);
        }

        return index;
    }

    /// <summary>The index of <paramref name="token"/>.</summary>
    /// <exception cref="KeyNotFoundException">The token is not in the vocabulary.</exception>
    public int IndexOf(string token) =>
        indices.TryGetValue(token, out var index)
            ? index
            : throw new KeyNotFoundException($"Token '{token}' is not in the bAbI vocabulary of {Count} entries.");
}
