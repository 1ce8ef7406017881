using static TorchSharp.torch;

namespace SamRL.Memory.Tests;

/// <summary>
/// STM against the authors' own code. <see cref="ReferenceStm"/> checks the equations as we read them; this checks
/// that we read them as the authors wrote them: the expected numbers were computed by running the unmodified
/// <c>STM</c> of thaihungle/SAM <c>baselines/sam/stm_basic.py</c> (commit 7fc2b18, PyTorch 1.13, float64) on the
/// closed-form weights and inputs below, with <c>STM(3, 2, num_slot=2, slot_size=3, rel_size=2, out_att_size=3,
/// mlp_size=4)</c> and its 3-D forward (fresh state, head on the last step).
/// </summary>
public sealed class AuthorsCodeTests
{
    private const int Steps = 3, Batch = 2, InputWidth = 3, OutputWidth = 2;

    /// <summary>The authors' parameters in their registration order (the order fixes each one's weights), with the gradient
    /// of Σ out ⊙ P projected on cos(k) over the flattened entries k.</summary>
    private static readonly (string Name, double ProjectedGradient)[] AuthorsParameters =
    [
        ("alpha10", 0.00651807217400974),
        ("alpha20", 7.05592185917842e-05),
        ("alpha30", -0.0070744665440824),
        ("forget_bias", -0.00142236661586658),
        ("input_bias", -0.000385497970580931),
        ("item_memory_state_bias", 0.00207725370228051),
        ("rel_memory_state_bias", -0.000218050094400831),
        ("qkv_projector.0.weight", -0.00265512002235332),
        ("qkv_projector.0.bias", -0.00891773395217822),
        ("qkv_layernorm.0.weight", -0.000523378639491315),
        ("qkv_layernorm.0.bias", -0.0124693410677172),
        ("input_projector.fc1.weight", -0.000946892811821655),
        ("input_projector.fc1.bias", 0.00356515304918897),
        ("input_projector2.fc1.weight", -3.1695227415907e-05),
        ("input_projector2.fc1.bias", -2.19103306620969e-05),
        ("input_projector3.fc1.weight", 3.96804319632291e-05),
        ("input_projector3.fc1.bias", -1.97859171719197e-05),
        ("input_gate_projector.weight", -0.000111150552027413),
        ("input_gate_projector.bias", -0.000102969640589218),
        ("memory_gate_projector.weight", 0.000563479997507187),
        ("memory_gate_projector.bias", -0.000102969640589218),
        ("rel_projector.weight", 0.0195264170407289),
        ("rel_projector.bias", 0.0571220286492154),
        ("rel_projector2.weight", -0.000912818518775358),
        ("rel_projector2.bias", -0.00023822731640529),
        ("rel_projector3.weight", -0.0549225491902204),
        ("rel_projector3.bias", -0.176326609758114),
        ("mlp.0.weight", -0.16141394541739),
        ("mlp.0.bias", 0.0199829451723887),
        ("mlp.2.weight", -0.200325273517512),
        ("mlp.2.bias", -0.51275353927472),
        ("out.weight", -0.858933424115235),
        ("out.bias", 0.948817194433178),
    ];

    /// <summary>The authors' head outputs [B, D_out], row-major.</summary>
    private static readonly double[] AuthorsOutputs = [0.147096850382225, 0.356174212746255, 0.154077876090003, 0.35232678386043];

    [Fact]
    public void OutputsAndGradientsEqualTheAuthorsCode()
    {
        using var stm = new Stm(new StmOptions
        {
            InputSize = InputWidth, OutputSize = OutputWidth, SlotCount = 2, SlotSize = 3, RelationSize = 2, DistilledSize = 3, HeadHiddenSize = 4,
        });
        stm.to(ScalarType.Float64);
        var ours = stm.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        Assert.Equal(AuthorsParameters.Length, ours.Count);
        using (no_grad())
        {
            // Parameter number i of the authors' order holds 0.5·sin(1.1·k + 0.37·i + 0.2) at flattened entry k.
            for (int i = 0; i < AuthorsParameters.Length; i++)
            {
                var parameter = ours[OurName(AuthorsParameters[i].Name)];
                using var k = arange(parameter.numel(), ScalarType.Float64);
                using var values = (0.5 * sin(1.1 * k + (0.37 * i + 0.2))).reshape(parameter.shape);
                parameter.copy_(values);
            }
        }
        using var inputs = sin(0.9 * arange(Steps * Batch * InputWidth, ScalarType.Float64) + 0.1).reshape(Steps, Batch, InputWidth);
        using var projection = cos(0.8 * arange(Batch * OutputWidth, ScalarType.Float64)).reshape(Batch, OutputWidth);

        var (output, state) = stm.SequenceToLast(inputs);
        state.Dispose();
        using (output)
        {
            double[] outputs = output.data<double>().ToArray();
            for (int i = 0; i < AuthorsOutputs.Length; i++) Assert.Equal(AuthorsOutputs[i], outputs[i], 1e-12);
            using var loss = (output * projection).sum();
            loss.backward();
        }

        foreach (var (name, expected) in AuthorsParameters)
        {
            var parameter = ours[OurName(name)];
            using var k = arange(parameter.numel(), ScalarType.Float64);
            using var gradient = parameter.grad ?? zeros_like(parameter);
            double projected = (gradient.flatten() * cos(k)).sum().item<double>();
            Assert.True(Math.Abs(projected - expected) <= 1e-12 + 1e-9 * Math.Abs(expected),
                $"{name}: projected gradient {projected:R}, authors' code {expected:R}");
        }
    }

    /// <summary>The authors' names differ from ours only where their code wraps a module in a one-element list
    /// (<c>qkv_projector.0</c>, per SAM pass) or suffixes the α's with the pass index (<c>alpha10</c>).</summary>
    private static string OurName(string authorsName) => authorsName switch
    {
        "alpha10" or "alpha20" or "alpha30" => authorsName[..^1],
        _ when authorsName.StartsWith("qkv_", StringComparison.Ordinal) => "sam." + authorsName.Replace(".0.", ".", StringComparison.Ordinal),
        _ => authorsName,
    };
}
