using System.Diagnostics;
using Xunit.Abstractions;
using static TorchSharp.torch;

namespace SamRL.Memory.Tests;

/// <summary>STM must actually learn: associative retrieval with 4 key–value pairs (SAM_STM_REFERENCE §4.1 encoding).</summary>
public sealed class AssociativeRetrievalLearningTests(ITestOutputHelper output)
{
    private const int Pairs = 4, Letters = 26, Digits = 10, QuestionMark = 36, Vocabulary = 37;

    [Fact]
    public void StmLearnsAssociativeRetrievalWithFourPairsTo95PercentInUnderTwoMinutes()
    {
        torch.set_num_threads(1);
        manual_seed(1);
        var random = new Random(1);
        using var embedding = nn.Embedding(Vocabulary, 32);
        // A smaller STM than the paper's (d = 32) with the transfer switched on from the start (α3 = 1 instead of a
        // learned α3 starting at 0), which leaves the early plateau where the model only knows which digits occurred.
        using var stm = new Stm(StmPresets.AssociativeRetrieval(inputSize: 32, outputSize: Digits, slotSize: 32) with
        {
            RelationSize = 32, DistilledSize = 32, HeadHiddenSize = 64, Alpha3 = Alpha.Fixed(1),
        });
        var parameters = embedding.parameters().Concat(stm.parameters()).ToArray();
        using var optimizer = optim.RMSProp(parameters, lr: 1e-3, momentum: 0.9);

        var clock = Stopwatch.StartNew();
        double accuracy = 0;
        int iteration = 0;
        while (clock.Elapsed < TimeSpan.FromSeconds(110))
        {
            iteration++;
            using var scope = NewDisposeScope();
            var (tokens, targets) = Batch(random, 128);
            optimizer.zero_grad();
            var logits = Logits(embedding, stm, tokens);
            nn.functional.cross_entropy(logits, targets).backward();
            optimizer.step();
            if (iteration % 50 != 0) continue;

            using (no_grad())
            {
                var (testTokens, testTargets) = Batch(new Random(12345), 1000);
                accuracy = Logits(embedding, stm, testTokens).argmax(1).eq(testTargets).to(ScalarType.Float64).mean().item<double>();
            }
            output.WriteLine($"iteration {iteration}, {clock.Elapsed.TotalSeconds:F0} s: held-out accuracy {accuracy:P1}");
            if (accuracy >= 0.95) break;
        }
        Assert.True(accuracy >= 0.95, $"held-out accuracy {accuracy:P1} after {iteration} iterations ({clock.Elapsed.TotalSeconds:F0} s)");
    }

    private static Tensor Logits(nn.Module<Tensor, Tensor> embedding, Stm stm, Tensor tokens)
    {
        var (last, state) = stm.SequenceToLast(embedding.forward(tokens));
        state.Dispose();
        return last;
    }

    /// <summary>k1 v1 … k4 v4 ? ? q → the digit paired with q; keys are distinct letters (ids 10–35), digits 0–9.</summary>
    private static (Tensor Tokens, Tensor Targets) Batch(Random random, int batchSize)
    {
        const int length = 2 * Pairs + 3;
        var tokens = new long[length * batchSize];
        var targets = new long[batchSize];
        for (int b = 0; b < batchSize; b++)
        {
            var keys = Enumerable.Range(0, Letters).OrderBy(_ => random.Next()).Take(Pairs).ToArray();
            var values = keys.Select(_ => random.Next(Digits)).ToArray();
            for (int p = 0; p < Pairs; p++)
            {
                tokens[(2 * p) * batchSize + b] = Digits + keys[p];
                tokens[(2 * p + 1) * batchSize + b] = values[p];
            }
            int query = random.Next(Pairs);
            tokens[(2 * Pairs) * batchSize + b] = QuestionMark;
            tokens[(2 * Pairs + 1) * batchSize + b] = QuestionMark;
            tokens[(2 * Pairs + 2) * batchSize + b] = Digits + keys[query];
            targets[b] = values[query];
        }
        return (tensor(tokens, [length, batchSize]), tensor(targets));
    }
}
