using static TorchSharp.torch;

namespace SamRL.Memory.Tests;

/// <summary>Parameter counts against those measured with the authors' classes (SAM_STM_REFERENCE §3.3, §7.5).</summary>
public sealed class ParameterCountTests
{
    [Fact]
    public void AssociativeRetrievalModelWithItsEmbeddingHas1031763Parameters()
    {
        using var embedding = nn.Embedding(37, 100);
        using var stm = new Stm(StmPresets.AssociativeRetrieval());
        Assert.Equal(1_031_763, Count(stm) + Count(embedding));
    }

    [Theory]
    [InlineData("copy", 1_170_965)]
    [InlineData("priority-sort", 1_170_965)]
    [InlineData("rar", 684_259)]
    [InlineData("rar-paper", 1_170_965)]
    [InlineData("nth-farthest", 2_012_813)]
    [InlineData("convex-hull", 2_010_395)]
    [InlineData("rl", 1_239_829)]
    public void PresetsMatchTheReferenceCounts(string preset, long expected)
    {
        var options = preset switch
        {
            "copy" => StmPresets.Copy(),
            "priority-sort" => StmPresets.PrioritySort(),
            "rar" => StmPresets.RelationalAssociativeRecall(),
            "rar-paper" => StmPresets.RelationalAssociativeRecall(paperSizes: true) with { Alpha1 = Alpha.Learned, Alpha2 = Alpha.Learned },
            "nth-farthest" => StmPresets.NthFarthest(),
            "convex-hull" => StmPresets.GeometricPointer(),
            "rl" => StmPresets.ReinforcementLearning(),
            _ => throw new ArgumentException(preset),
        };
        using var stm = new Stm(options);
        Assert.Equal(expected, Count(stm));
    }

    [Fact]
    public void BabiUpdateModuleHasTheAuthorsLayerSizes()
    {
        using var stm = new Stm(StmPresets.Babi());
        var shapes = stm.named_parameters().ToDictionary(p => p.name, p => p.parameter.shape);
        Assert.Equal(new long[] { 80, 64 }, shapes["input_projector.fc1.weight"]);
        Assert.Equal(new long[] { 80, 80 }, shapes["input_projector.fc2.weight"]);
        Assert.Equal(new long[] { 20, 80 }, shapes["input_projector3.fc3.weight"]);
        Assert.Equal(new long[] { 20, 90, 90 }, shapes["rel_memory_state_bias"]);
        Assert.False(shapes.ContainsKey("alpha1"));
        Assert.True(shapes.ContainsKey("alpha2"));
        Assert.False(shapes.ContainsKey("alpha3"));
    }

    private static long Count(nn.Module module) => module.parameters().Sum(p => p.numel());
}
