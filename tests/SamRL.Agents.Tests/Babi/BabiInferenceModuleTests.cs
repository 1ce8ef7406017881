using SamRL.Agents.Babi;
using static TorchSharp.torch;

namespace SamRL.Agents.Tests.Babi;

/// <summary>The inference module against a direct loop over the §5.2 equations, on tiny sizes.</summary>
public sealed class BabiInferenceModuleTests
{
    private const int Batch = 2, Symbol = 4, Hidden = 5, Entities = 3, Roles = 2, Vocabulary = 7;

    [Fact]
    public void LogitsEqualTheThreeUnbindingStepsWrittenAsLoops()
    {
        manual_seed(11);
        using var module = new BabiInferenceModule(new BabiModelOptions
        {
            VocabularySize = Vocabulary, MaxSentenceLength = 3, SymbolSize = Symbol, EntitySize = Entities, RoleSize = Roles, HiddenSize = Hidden,
        });
        var parameters = module.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        using (no_grad())
        {
            // Non-trivial gains and biases so that the loop checks where they enter.
            foreach (var name in new[] { "l1", "l2", "l3" })
            {
                parameters[$"{name}.gain"].copy_(rand(Entities) + 0.5);
                parameters[$"{name}.bias"].copy_(randn(Entities) * 0.1);
                parameters["e.0.b1"].copy_(randn(Hidden) * 0.1);
                parameters["r.1.b2"].copy_(randn(Roles) * 0.1);
            }
        }

        using var query = randn(Batch, Symbol);
        using var memory = randn(Batch, Roles, Entities, Entities);   // M^r[b, ρ, e, f]
        using var logits = module.forward(query, memory);

        double[] Values(string name) => parameters[name].data<float>().ToArray().Select(v => (double)v).ToArray();
        var q = query.data<float>().ToArray();
        var m = memory.data<float>().ToArray();
        var z = Values("Z");
        var actual = logits.data<float>().ToArray();
        for (var b = 0; b < Batch; b++)
        {
            var qb = q.Skip(b * Symbol).Take(Symbol).Select(v => (double)v).ToArray();
            double[] Mlp(string prefix, int outSize) =>
                Dense(Dense(qb, Values($"{prefix}.W1"), Values($"{prefix}.b1"), Hidden), Values($"{prefix}.W2"), Values($"{prefix}.b2"), outSize);
            // 𝒯[e, ρ, f] = M^r[ρ, e, f]: i = LN(Σ_e Σ_ρ u_e r_ρ 𝒯[e, ρ, :]).
            double[] Unbind(double[] u, double[] r, string norm)
            {
                var sum = new double[Entities];
                for (var e = 0; e < Entities; e++)
                {
                    for (var rho = 0; rho < Roles; rho++)
                    {
                        for (var f = 0; f < Entities; f++)
                        {
                            sum[f] += u[e] * r[rho] * m[(((b * Roles) + rho) * Entities + e) * Entities + f];
                        }
                    }
                }

                return LayerNorm(sum, Values($"{norm}.gain"), Values($"{norm}.bias"));
            }

            var i1 = Unbind(Mlp("e.0", Entities), Mlp("r.0", Roles), "l1");
            var i2 = Unbind(i1, Mlp("r.1", Roles), "l2");
            var i3 = Unbind(i2, Mlp("r.2", Roles), "l3");
            for (var l = 0; l < Vocabulary; l++)
            {
                double expected = 0;
                for (var f = 0; f < Entities; f++)
                {
                    expected += (i1[f] + i2[f] + i3[f]) * z[f * Vocabulary + l];
                }

                Assert.Equal(expected, actual[b * Vocabulary + l], 4);
            }
        }
    }

    /// <summary>tanh(x W + c) with W stored [in, out] row-major.</summary>
    private static double[] Dense(double[] x, double[] w, double[] c, int outSize)
    {
        var y = new double[outSize];
        for (var j = 0; j < outSize; j++)
        {
            var sum = c[j];
            for (var i = 0; i < x.Length; i++)
            {
                sum += x[i] * w[i * outSize + j];
            }

            y[j] = Math.Tanh(sum);
        }

        return y;
    }

    private static double[] LayerNorm(double[] x, double[] gain, double[] bias)
    {
        var mean = x.Average();
        var variance = x.Select(v => (v - mean) * (v - mean)).Average();
        return x.Select((v, i) => (v - mean) / Math.Sqrt(variance + 1e-12) * gain[i] + bias[i]).ToArray();
    }
}
