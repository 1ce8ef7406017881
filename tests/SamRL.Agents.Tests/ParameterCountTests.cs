using SamRL.Agents.Networks;

namespace SamRL.Agents.Tests;

/// <summary>Parameter counts against those measured with the authors' classes (SAM_STM_REFERENCE §3.3, §3.9, §7.5).</summary>
public sealed class ParameterCountTests
{
    [Fact]
    public void AuthorsStmAgentHas2652412Parameters()
    {
        using var model = ActorCritic.Create(new ActorCriticOptions { ObservationShape = [1, 80, 80], ActionCount = 6 });
        Assert.Equal(2_652_412, Count(model));
        Assert.Equal(96_224, Count(model.Encoder));
        Assert.Equal(512 * 6 + 6 + 512 + 1, Count(model.Actor) + Count(model.Critic));
        var core = Assert.IsType<LstmStmCore>(model.Core);
        Assert.Equal(4 * 256 * (1024 + 256) + 2 * 4 * 256, Count(core.Lstm));
        Assert.Equal(1_239_829, Count(core.Stm));
    }

    [Fact]
    public void LstmBaselineHas3249639Parameters()
    {
        using var model = ActorCritic.Create(new ActorCriticOptions { ObservationShape = [80, 80], ActionCount = 6, Core = CoreKind.Lstm });
        Assert.Equal(3_249_639, Count(model));
    }

    [Fact]
    public void StmAloneReadsTheEncoderFeaturesDirectly()
    {
        // The RL STM of 256 → 256 has 1,239,829 parameters; taking 1024 inputs widens f1 and f2 (→ 96) and f3 (→ 8)
        // by 768 inputs each; the heads read STM's 256 outputs.
        const long stm = 1_239_829 + 768 * (96 + 96 + 8);
        const long heads = 256 * 6 + 6 + 256 + 1;
        using var model = ActorCritic.Create(new ActorCriticOptions { ObservationShape = [80, 80], ActionCount = 6, Core = CoreKind.Stm });
        Assert.Equal(96_224 + stm + heads, Count(model));
    }

    [Fact]
    public void UniverseEncoderHasFourConvolutionsOf32Channels()
    {
        using var encoder = new UniverseConvEncoder();
        Assert.Equal((1 * 9 + 1) * 32 + 3 * (32 * 9 + 1) * 32, Count(encoder));
    }

    private static long Count(torch.nn.Module module) => module.parameters().Sum(p => p.numel());
}
