using static TorchSharp.torch;

namespace SamRL.Memory.Tests;

/// <summary>
/// Associative-retrieval sequences in the authors' encoding (SAM_STM_REFERENCE §4.1), generated here so that the
/// memory tests need no other project: K pairs "key value" (keys distinct letters a–z → ids 10–35, values digits
/// 0–9 → ids 0–9), then two '?' (id 36), then one of the K keys; the target is the digit paired with it.
/// </summary>
internal static class AssociativeRetrievalBatches
{
    public const int TokenCount = 37, ValueCount = 10;
    private const int LetterCount = 26, QuestionMark = 36;

    /// <summary>Token ids <c>[2K + 3, B]</c> (time-major) and targets <c>[B]</c>.</summary>
    public static (Tensor Tokens, Tensor Targets) Next(Random random, int pairs, int batchSize)
    {
        int length = 2 * pairs + 3;
        var tokens = new long[length * batchSize];
        var targets = new long[batchSize];
        var letters = new int[LetterCount];
        for (int b = 0; b < batchSize; b++)
        {
            for (int i = 0; i < LetterCount; i++) letters[i] = i;
            random.Shuffle(letters);
            var values = new int[pairs];
            for (int p = 0; p < pairs; p++)
            {
                values[p] = random.Next(ValueCount);
                tokens[2 * p * batchSize + b] = ValueCount + letters[p];
                tokens[(2 * p + 1) * batchSize + b] = values[p];
            }
            int query = random.Next(pairs);
            tokens[2 * pairs * batchSize + b] = QuestionMark;
            tokens[(2 * pairs + 1) * batchSize + b] = QuestionMark;
            tokens[(2 * pairs + 2) * batchSize + b] = ValueCount + letters[query];
            targets[b] = values[query];
        }
        return (tensor(tokens, [length, batchSize]), tensor(targets));
    }
}
