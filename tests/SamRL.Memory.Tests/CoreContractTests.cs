using static TorchSharp.torch;

namespace SamRL.Memory.Tests;

/// <summary>What every core promises: sequence = repeated steps, save/load, determinism, devices, argument checks.</summary>
public sealed class CoreContractTests
{
    public static TheoryData<string> Cores => new("lstm", "stm", "stm-rl");

    private static RecurrentCore Create(string core, long seed) {
        manual_seed(seed);
        return core switch
        {
            "lstm" => new LstmCore(5, 6),
            "stm" => new Stm(StmVariants.Options("code-default")),
            "stm-rl" => new Stm(StmVariants.Options("rl")),
            _ => throw new ArgumentException(core),
        };
    }

    [Theory]
    [MemberData(nameof(Cores))]
    public void SequenceEqualsRepeatedSteps(string core)
    {
        using var model = Create(core, 1);
        manual_seed(9);
        using var inputs = randn(4, 3, model.InputSize);
        var (outputs, final) = model.Sequence(inputs);
        Assert.Equal(new long[] { 4, 3, model.OutputSize }, outputs.shape);

        var state = model.InitialState(3);
        for (int t = 0; t < 4; t++)
        {
            var (output, next) = model.Step(inputs[t], state);
            Assert.True(output.allclose(outputs[t], rtol: 0, atol: 0), $"step {t}");
            state = next;
        }
        foreach (var name in final.Names) Assert.True(final[name].allclose(state[name], rtol: 0, atol: 0), name);
    }

    [Theory]
    [MemberData(nameof(Cores))]
    public void SequenceToLastEqualsTheLastOutputAndFinalStateOfSequence(string core)
    {
        using var model = Create(core, 1);
        manual_seed(9);
        using var inputs = randn(5, 3, model.InputSize);
        var (outputs, final) = model.Sequence(inputs);
        var (last, lastState) = model.SequenceToLast(inputs);
        Assert.Equal(new long[] { 3, model.OutputSize }, last.shape);
        Assert.True(last.allclose(outputs[4], rtol: 0, atol: 0));
        foreach (var name in final.Names) Assert.True(final[name].allclose(lastState[name], rtol: 0, atol: 0), name);
    }

    [Theory]
    [MemberData(nameof(Cores))]
    public void ReadoutOfAdvanceIsTheStepAndReadsStackedStepsOutRowByRow(string core)
    {
        using var model = Create(core, 1);
        manual_seed(9);
        using var inputs = randn(3, 2, model.InputSize);
        using var scope = NewDisposeScope();
        var stepState = model.InitialState(2);
        var advancedState = model.InitialState(2);
        var outputs = new Tensor[3];
        var readoutInputs = new Tensor[3][];
        for (int t = 0; t < 3; t++)
        {
            (outputs[t], stepState) = model.Step(inputs[t], stepState);
            (readoutInputs[t], advancedState) = model.Advance(inputs[t], advancedState);
            Assert.True(model.Readout(readoutInputs[t]).allclose(outputs[t], rtol: 0, atol: 0), $"step {t}");
            // Advance leaves STM's read y as it was; every tensor the equations read is the step's.
            foreach (var name in stepState.Names.Where(name => name != Stm.ReadName))
                Assert.True(advancedState[name].allclose(stepState[name], rtol: 0, atol: 0), $"{name}, step {t}");
        }
        var stacked = model.Readout(RecurrentCore.StackReadoutInputs(readoutInputs));
        Assert.True(stacked.allclose(cat(outputs, 0), rtol: 1e-5, atol: 1e-6), "the steps read out as one batch");
    }

    [Theory]
    [MemberData(nameof(Cores))]
    public void AdvanceProjectedFromTheInputProjectionIsAdvance(string core)
    {
        using var model = Create(core, 1);
        manual_seed(9);
        using var inputs = randn(2, 3, model.InputSize);
        using var scope = NewDisposeScope();
        var state = model.InitialState(3);
        var projectedState = model.InitialState(3);
        for (int t = 0; t < 2; t++)
        {
            var projection = model.ProjectInput(inputs[t]);
            Assert.Equal(new long[] { 3, model.ProjectedInputSize }, projection.shape);
            var (readoutInputs, next) = model.Advance(inputs[t], state);
            var (projectedReadoutInputs, projectedNext) = model.AdvanceProjected(projection, projectedState);
            for (int k = 0; k < readoutInputs.Length; k++)
                Assert.True(projectedReadoutInputs[k].allclose(readoutInputs[k], rtol: 0, atol: 0), $"readout input {k}, step {t}");
            foreach (var name in next.Names) Assert.True(projectedNext[name].allclose(next[name], rtol: 0, atol: 0), $"{name}, step {t}");
            (state, projectedState) = (next, projectedNext);
        }
        var error = Assert.Throws<ArgumentException>(() => model.AdvanceProjected(zeros(3, model.ProjectedInputSize + 1), state));
        Assert.Contains($"[B, {model.ProjectedInputSize}]", error.Message);
    }

    [Theory]
    [MemberData(nameof(Cores))]
    public void DeferredRecurrentWeightGradientsFormedOnceEqualThoseOfPlainSteps(string core)
    {
        // Three steps from leaf projections, then a loss on the outputs. Deferred: the steps leave the recurrent
        // weights' gradients out, and one backward of the leaves' gradients through RecurrentProduct adds them.
        var plain = Gradients(core, defer: false);
        var deferred = Gradients(core, defer: true);
        Assert.Equal(plain.Keys, deferred.Keys);
        foreach (var (name, expected) in plain)
        {
            double scale = expected.norm().item<double>(), error = (deferred[name] - expected).norm().item<double>();
            Assert.True(error <= 1e-12 * scale + 1e-15, $"{name}: gradient differs by {error:G3} (norm {scale:G3})");
        }

        using var model = Create(core, 1);
        Assert.Equal(core == "lstm", model.RecurrentProduct([model.InitialState(2)]) is not null);
    }

    private static Dictionary<string, Tensor> Gradients(string core, bool defer)
    {
        using var model = Create(core, 1);
        model.to(float64);
        manual_seed(9);
        using var inputs = randn(3, 2, model.InputSize, dtype: float64);
        using var scope = NewDisposeScope();
        var state = model.InitialState(2);
        var inputStates = new List<RecurrentState>();
        var leaves = new List<Tensor>();
        var outputs = new List<Tensor>();
        for (int t = 0; t < 3; t++)
        {
            Tensor leaf;
            using (no_grad()) leaf = model.ProjectInput(inputs[t]);
            leaf.requires_grad_();
            var (readoutInputs, next) = model.AdvanceProjected(leaf, state, defer);
            inputStates.Add(state);
            leaves.Add(leaf);
            outputs.Add(model.Readout(readoutInputs));
            state = next;
        }
        cat(outputs, 1).pow(KeptScalars.Two).sum().backward();
        var products = model.ProjectInput(inputs.view(-1, model.InputSize));
        if (defer && model.RecurrentProduct(inputStates) is { } recurrent) products = products.add(recurrent, KeptScalars.One);
        if (products.requires_grad) products.backward([cat(leaves.Select(leaf => leaf.grad!).ToArray(), 0)]);
        return model.named_parameters().Where(p => p.parameter.grad is not null)
            .ToDictionary(p => p.name, p => p.parameter.grad!.detach().clone().DetachFromDisposeScope());
    }

    [Fact]
    public void StackReadoutInputsPutsTheStepsOneAfterTheOtherAlongTheBatchAxis()
    {
        using var scope = NewDisposeScope();
        Tensor[] first = [tensor(new float[] { 1, 2, 3, 4 }).view(2, 2), tensor(new float[] { 10, 20 }).view(2, 1)];
        Tensor[] second = [tensor(new float[] { 5, 6, 7, 8 }).view(2, 2), tensor(new float[] { 30, 40 }).view(2, 1)];
        var stacked = RecurrentCore.StackReadoutInputs([first, second]);
        Assert.Equal(2, stacked.Length);
        Assert.Equal(new float[] { 1, 2, 3, 4, 5, 6, 7, 8 }, stacked[0].data<float>().ToArray());
        Assert.Equal(new long[] { 4, 2 }, stacked[0].shape);
        Assert.Equal(new float[] { 10, 20, 30, 40 }, stacked[1].data<float>().ToArray());
        var error = Assert.Throws<ArgumentException>(() => RecurrentCore.StackReadoutInputs([first, [second[0]]]));
        Assert.Contains("step 1 has 1 readout inputs, step 0 has 2", error.Message);
    }

    [Theory]
    [MemberData(nameof(Cores))]
    public void SaveThenLoadRestoresEveryParameter(string core)
    {
        string path = Path.Combine(Path.GetTempPath(), $"samrl-{core}-{Guid.NewGuid():N}.dat");
        try
        {
            using var original = Create(core, 1);
            original.save(path);
            using var restored = Create(core, 2);
            using var inputs = randn(2, 2, original.InputSize);
            Assert.False(original.Sequence(inputs).Outputs.allclose(restored.Sequence(inputs).Outputs));
            restored.load(path);
            Assert.True(original.Sequence(inputs).Outputs.allclose(restored.Sequence(inputs).Outputs, rtol: 0, atol: 0));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [MemberData(nameof(Cores))]
    public void TheSameSeedGivesTheSameModelAndOutputs(string core)
    {
        using var first = Create(core, 42);
        using var second = Create(core, 42);
        manual_seed(5);
        using var inputs = randn(3, 2, first.InputSize);
        Assert.True(first.Sequence(inputs).Outputs.allclose(second.Sequence(inputs).Outputs, rtol: 0, atol: 0));
        using var third = Create(core, 43);
        Assert.False(first.Sequence(inputs).Outputs.allclose(third.Sequence(inputs).Outputs));
    }

    [Fact]
    public void AskingForCudaWithoutItFailsWithAClearMessage()
    {
        if (cuda.is_available()) return; // a CUDA machine accepts the request: nothing to reject there
        var parse = Assert.Throws<ArgumentException>(() => MemoryDevice.Parse("cuda"));
        Assert.Contains("CUDA is not available", parse.Message);
        var construct = Assert.Throws<ArgumentException>(() => new Stm(StmPresets.Copy(), new Device(DeviceType.CUDA, 0)));
        Assert.Contains("cuda", construct.Message);
        Assert.Throws<ArgumentException>(() => MemoryDevice.Parse("tpu"));
        Assert.Equal(DeviceType.CPU, MemoryDevice.Parse("cpu").type);
    }

    [Fact]
    public void BadArgumentsNameTheArgumentAndTheExpectedShape()
    {
        using var stm = new Stm(StmVariants.Options("code-default"));
        using var state = stm.InitialState(2);
        var width = Assert.Throws<ArgumentException>(() => stm.Step(zeros(2, 4), state));
        Assert.Equal("input", width.ParamName);
        Assert.Contains("[B, 5]", width.Message);
        var batch = Assert.Throws<ArgumentException>(() => stm.Step(zeros(3, 5), state));
        Assert.Contains("batch", batch.Message);
        var sequence = Assert.Throws<ArgumentException>(() => stm.Sequence(zeros(2, 5)));
        Assert.Contains("[T, B, 5]", sequence.Message);
        var size = Assert.Throws<ArgumentException>(() => new Stm(StmPresets.Copy() with { SlotSize = 0 }));
        Assert.Equal(nameof(StmOptions.SlotSize), size.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => stm.InitialState(0));
    }
}
