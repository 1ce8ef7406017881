using static TorchSharp.torch;

namespace SamRL.Memory.Tests;

/// <summary>Small STM configurations covering every option of <see cref="StmOptions"/>, in float64.</summary>
internal static class StmVariants
{
    public static readonly string[] Names =
    [
        "code-default", "paper-item-write", "paper-relational-write", "no-gates", "no-transfer", "fixed-alphas",
        "rar", "babi-chain-maps", "rl", "two-passes", "rl-two-passes", "zero-initial-memories",
    ];

    public static StmOptions Options(string name)
    {
        var small = new StmOptions
        {
            InputSize = 5, OutputSize = 3, SlotCount = 2, SlotSize = 4, RelationSize = 3, DistilledSize = 5, HeadHiddenSize = 6,
        };
        return name switch
        {
            "code-default" => small,
            "paper-item-write" => small with { ItemWrite = ItemWrite.CrossOuterProduct },
            "paper-relational-write" => small with { RelationalWrite = RelationalWrite.ScaleSamTerm },
            "no-gates" => small with { Gates = false },
            "no-transfer" => small with { Transfer = false },
            "fixed-alphas" => small with { Alpha1 = Alpha.Fixed(0.5), Alpha2 = Alpha.Fixed(0.7), Alpha3 = Alpha.Fixed(0.3) },
            "rar" => small with { Alpha1 = Alpha.Fixed(0), Alpha2 = Alpha.Fixed(0), SlotCount = 3 },
            "babi-chain-maps" => small with { InputMapHiddenSize = 3, Alpha1 = Alpha.Fixed(1), Alpha3 = Alpha.Fixed(0) },
            "rl" => small with { Normalization = QkvNormalization.PerRowWithOutputNorm, CarryRelationalMemory = false },
            "two-passes" => small with { SamPasses = 2 },
            "rl-two-passes" => small with { SamPasses = 2, Normalization = QkvNormalization.PerRowWithOutputNorm, CarryRelationalMemory = false },
            "zero-initial-memories" => small with { LearnInitialMemories = false },
            _ => throw new ArgumentException($"unknown variant {name}", nameof(name)),
        };
    }

    /// <summary>A float64 STM whose learned α's are set away from 0 so that every term is exercised.</summary>
    public static Stm Create(string name, long seed = 7)
    {
        manual_seed(seed);
        var stm = new Stm(Options(name));
        stm.to(ScalarType.Float64);
        using (no_grad())
        {
            double value = 0.3;
            foreach (var (parameterName, parameter) in stm.named_parameters())
            {
                if (!parameterName.StartsWith("alpha", StringComparison.Ordinal)) continue;
                parameter.fill_(value);
                value += 0.25;
            }
        }
        return stm;
    }
}
