using SamRL.Agents.Babi;
using static TorchSharp.torch;

namespace SamRL.Agents.Tests.Babi;

public sealed class BabiModelTests
{
    [Theory]
    [InlineData(177, 13)]
    [InlineData(177, 12)]
    [InlineData(40, 13)]
    public void ParameterCountIsTheAuthorsFormula(int vocabulary, int maxSentenceLength)
    {
        // Reference §5.3/§7.5: 1,412,993 + 244·V for W_max = 13, and 64 per token of W_max beyond 13.
        using var model = new BabiQaModel(new BabiModelOptions { VocabularySize = vocabulary, MaxSentenceLength = maxSentenceLength });
        Assert.Equal(1_412_993 + 244L * vocabulary + 64L * (maxSentenceLength - 13), model.ParameterCount);
    }

    [Fact]
    public void PositionalWeightsStartAtOneOverWmaxAndEmbeddingsWithinTheInitLimit()
    {
        manual_seed(3);
        using var model = new BabiQaModel(new BabiModelOptions { VocabularySize = 50, MaxSentenceLength = 8, EntitySize = 6, RoleSize = 3 });

        Assert.All(model.InputModule.PositionWeights.data<float>().ToArray(), w => Assert.Equal(1f / 8, w));
        var embedding = model.InputModule.WordEmbedding.data<float>().ToArray();
        Assert.All(embedding, w => Assert.InRange(w, -0.1f, 0.1f));
        Assert.True(embedding.Max() > 0.05f && embedding.Min() < -0.05f, "the embedding should spread over U(-0.1, 0.1)");
    }

    [Fact]
    public void UpdateModuleIsTheBabiStmConfiguration()
    {
        using var model = new BabiQaModel(new BabiModelOptions { VocabularySize = 30, MaxSentenceLength = 7 });
        var stm = model.UpdateModule.Options;

        Assert.Equal((64L, 20L, 90L, 96L, 80L), (stm.InputSize, stm.SlotCount, stm.SlotSize, stm.RelationSize, stm.InputMapHiddenSize));
        Assert.False(stm.Alpha1.IsLearned);
        Assert.Equal(1.0, stm.Alpha1.Value);
        Assert.True(stm.Alpha2.IsLearned);
        Assert.True(stm.Alpha3.IsFixedZero);
        Assert.True(stm.Gates);
    }

    [Fact]
    public void InputModuleSumsPositionWeightedEmbeddingsOverTheFirstWRows()
    {
        manual_seed(4);
        using var input = new BabiInputModule(new BabiModelOptions { VocabularySize = 5, MaxSentenceLength = 4, SymbolSize = 3 });
        using (no_grad())
        {
            input.PositionWeights.copy_(arange(12, dtype: ScalarType.Float32).reshape(4, 3));
        }

        using var tokens = tensor(new long[] { 2, 0, 4 }).reshape(1, 3);
        using var output = input.forward(tokens);

        var e = input.WordEmbedding.data<float>().ToArray();
        var p = input.PositionWeights.data<float>().ToArray();
        long[] sentence = [2, 0, 4];
        var actual = output.data<float>().ToArray();
        for (var k = 0; k < 3; k++)
        {
            double expected = 0;
            for (var w = 0; w < 3; w++)
            {
                expected += p[w * 3 + k] * e[sentence[w] * 3 + k];
            }

            Assert.Equal(expected, actual[k], 5);
        }
    }
}
