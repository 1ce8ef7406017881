using SamRL.Environments.Core;

namespace SamRL.Environments.Tasks;

/// <summary>
/// Associative retrieval (paper §3.1, Table 1; reference §4.1): after K key–value pairs, recall the value
/// of a queried key.
/// </summary>
/// <remarks>
/// <para><b>Sequence.</b> K pairs (key = a letter a–z, distinct within a sequence; value = a digit 0–9),
/// then two '?' tokens, then one key chosen uniformly among the K: 2K + 3 tokens. The paper's "length 30"
/// and "length 50" count 2K + 2 tokens, so they are K = 14 (<see cref="Length30"/>) and K = 24
/// (<see cref="Length50"/>, the authors' generator setting).</para>
/// <para><b>Inputs</b> [2K + 3, B, 37]: one-hot tokens — digits '0'–'9' → 0–9, letters 'a'–'z' → 10–35,
/// '?' → 36 (<see cref="TokenOf"/>). A linear layer without bias on these rows equals the authors'
/// <c>nn.Embedding(37, 100)</c>. There are no decoding steps.</para>
/// <para><b>Target</b>: the queried value's digit (10 classes), predicted at the last token
/// (<see cref="TaskBatch.OutputStart"/> = 2K + 2, one output step). Loss: cross-entropy; metric:
/// <see cref="TaskMetrics.Accuracy"/>. The authors train on a fixed set of 100,000 sequences
/// (10,000 validation, 20,000 test); draw those once from three seeds to reproduce that protocol.</para>
/// </remarks>
public sealed class AssociativeRetrievalTask : ISequenceTask<ClassTargetBatch>
{
    /// <summary>Number of distinct tokens (10 digits, 26 letters, '?').</summary>
    public const int TokenCount = 37;

    /// <summary>Number of value classes (the digits).</summary>
    public const int ValueCount = 10;

    private const int LetterCount = 26;
    private const int QuestionToken = 36;

    /// <summary>Creates the task with <paramref name="pairCount"/> key–value pairs.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The pair count is outside 1..26 (keys are distinct letters).</exception>
    public AssociativeRetrievalTask(int pairCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pairCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pairCount, LetterCount);
        PairCount = pairCount;
    }

    /// <summary>The paper's "length 30" setting: 14 pairs, 31 tokens.</summary>
    public static AssociativeRetrievalTask Length30 { get; } = new(14);

    /// <summary>The paper's "length 50" setting: 24 pairs, 51 tokens (the authors' generator).</summary>
    public static AssociativeRetrievalTask Length50 { get; } = new(24);

    /// <summary>Number of key–value pairs K.</summary>
    public int PairCount { get; }

    /// <summary>Number of tokens 2K + 3.</summary>
    public int SequenceLength => 2 * PairCount + 3;

    /// <inheritdoc/>
    public int InputWidth => TokenCount;

    /// <inheritdoc/>
    public int OutputWidth => ValueCount;

    /// <summary>The token id of a character: '0'–'9' → 0–9, 'a'–'z' → 10–35, '?' → 36.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The character is not a digit, a lower-case letter or '?'.</exception>
    public static int TokenOf(char symbol) => symbol switch
    {
        >= '0' and <= '9' => symbol - '0',
        >= 'a' and <= 'z' => ValueCount + (symbol - 'a'),
        '?' => QuestionToken,
        _ => throw new ArgumentOutOfRangeException(nameof(symbol), symbol, "Expected a digit, a letter a–z or '?'."),
    };

    /// <inheritdoc/>
    public ClassTargetBatch NextBatch(Rng rng, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(rng);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        var inputs = new TimeMajorArray(SequenceLength, batchSize, TokenCount);
        var targets = new int[batchSize];
        for (var b = 0; b < batchSize; b++)
        {
            var letters = Sampling.Permutation(rng, LetterCount);
            var values = new int[PairCount];
            for (var pair = 0; pair < PairCount; pair++)
            {
                values[pair] = rng.NextInt(ValueCount);
                inputs[2 * pair, b, ValueCount + letters[pair]] = 1f;
                inputs[2 * pair + 1, b, values[pair]] = 1f;
            }

            inputs[2 * PairCount, b, QuestionToken] = 1f;
            inputs[2 * PairCount + 1, b, QuestionToken] = 1f;
            var query = rng.NextInt(PairCount);
            inputs[2 * PairCount + 2, b, ValueCount + letters[query]] = 1f;
            targets[b] = values[query];
        }

        return new ClassTargetBatch(inputs, SequenceLength - 1, 1, targets, ValueCount, Sampling.Ones(batchSize));
    }
}
