using SamRL.Agents.Supervised;

namespace SamRL.Agents.Tests.Supervised;

/// <summary>Parameter counts of the task models against the authors' classes (SAM_STM_REFERENCE §7.5) and hand counts.</summary>
public sealed class SupervisedParameterCountTests
{
    [Theory]
    [InlineData("associative-retrieval", 1_031_763)]   // STM N 2, d 96 + Embedding 37 → 100
    [InlineData("copy", 1_170_965)]                    // N 8, d 96, 34 → 32
    [InlineData("priority-sort", 1_170_965)]
    [InlineData("nth-farthest", 2_012_813)]            // N 8, d 128, r 96, 40 → 8
    [InlineData("convex-hull", 2_010_395)]             // N 8, d 128, r 96, 24 → 22
    [InlineData("tsp", 2_010_395)]
    [InlineData("rar", 684_259)]                       // rar.json's effective N 16, d 72, r 72
    public void StmModelsHaveTheAuthorsParameterCounts(string task, long expected)
    {
        using var model = SequenceModels.Create(SupervisedTasks.Create(task), SequenceModelKind.Stm);
        Assert.Equal(expected, SequenceModels.ParameterCount(model));
    }

    [Theory]
    [InlineData("copy", 34, 32, 0)]
    [InlineData("associative-retrieval", 100, 10, 37 * 100)]
    [InlineData("nth-farthest", 40, 8, 0)]
    public void LstmBaselineIsOneLayerOf512WithLearnedInitialState(string task, int coreInput, int output, int embedding)
    {
        // LSTM: 4 gates × 512 × (input + 512) weights + 2 × 4 × 512 biases; h0 and c0: 2 × 512; output: 512 × D_out + D_out.
        long expected = embedding + 4L * 512 * (coreInput + 512) + 2 * 4 * 512 + 2 * 512 + 512L * output + output;
        using var model = SequenceModels.Create(SupervisedTasks.Create(task), SequenceModelKind.Lstm);
        Assert.Equal(expected, SequenceModels.ParameterCount(model));
    }

    [Fact]
    public void CopyLstmHas1139744Parameters()
    {
        using var model = SequenceModels.Create(SupervisedTasks.Create("copy"), SequenceModelKind.Lstm);
        Assert.Equal(1_139_744, SequenceModels.ParameterCount(model));
    }

    [Fact]
    public void AblationsChangeTheStmSizes()
    {
        // d 48 with N 1 (Table 1's n_q = 1); no transfer drops G1, a Linear(N·d → d): N·d·d + d values.
        var task = SupervisedTasks.Create("associative-retrieval", length: 30);
        var small = new StmVariant { SlotSize = 48, Queries = 1 };
        using var withTransfer = SequenceModels.Create(task, SequenceModelKind.Stm, small);
        using var withoutTransfer = SequenceModels.Create(task, SequenceModelKind.Stm, small with { Transfer = false });
        Assert.Equal(1 * 48 * 48 + 48, SequenceModels.ParameterCount(withTransfer) - SequenceModels.ParameterCount(withoutTransfer));
        Assert.Equal("d48-nq1-no-transfer", SequenceModels.Describe(task, SequenceModelKind.Stm, small with { Transfer = false }));
    }

    [Fact]
    public void ASmallerNthFarthestNarrowsOnlyTheModelsInputAndOutput()
    {
        // 4 vectors of 2 dimensions: rows of 2 + 3·4 = 14 values, 4 labels to choose from.
        var task = SupervisedTasks.Create("nth-farthest", vectors: 4, dimension: 2);
        Assert.Equal((14, 4), (task.InputWidth, task.OutputWidth));
        Assert.Equal("vectors-4-dimension-2", task.Variant);
        Assert.Equal("", SupervisedTasks.Create("nth-farthest", vectors: 8, dimension: 16).Variant);

        // STM loses 26 input columns of f1, f2 (d = 128 each) and f3 (N = 8), and 4 output rows of the head (128 + bias).
        using var stm = SequenceModels.Create(task, SequenceModelKind.Stm);
        Assert.Equal(2_012_813 - 26 * (128 + 128 + 8) - 4 * (128 + 1), SequenceModels.ParameterCount(stm));
        using var lstm = SequenceModels.Create(task, SequenceModelKind.Lstm);
        Assert.Equal(4L * 512 * (14 + 512) + 2 * 4 * 512 + 2 * 512 + 512 * 4 + 4, SequenceModels.ParameterCount(lstm));
    }

    [Theory]
    [InlineData("copy", 4, null)]
    [InlineData("tsp", null, 2)]
    [InlineData("nth-farthest", 1, null)]
    [InlineData("nth-farthest", null, 0)]
    public void NthFarthestSizesAreRefusedElsewhereAndWhenTooSmall(string task, int? vectors, int? dimension)
    {
        Assert.Throws<ArgumentException>(() => SupervisedTasks.Create(task, vectors: vectors, dimension: dimension));
    }

    [Fact]
    public void AlstmIsRefusedWhereThereIsNoDecoding()
    {
        Assert.Throws<ArgumentException>(() => SequenceModels.Create(SupervisedTasks.Create("nth-farthest"), SequenceModelKind.Alstm));
    }
}
