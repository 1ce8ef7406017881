using static TorchSharp.torch;

namespace SamRL.Memory.Tests;

/// <summary>
/// A plain, loop-by-loop implementation of one STM step (SAM_STM_REFERENCE §2.3) for one sample, in doubles,
/// written independently of the library: it reads the module's weights and nothing else.
/// </summary>
internal sealed class ReferenceStm
{
    private readonly StmOptions o;
    private readonly Dictionary<string, double[]> w;

    public ReferenceStm(Stm stm)
    {
        o = stm.Options;
        w = stm.named_parameters().ToDictionary(p => p.name, p => p.parameter.detach().to(ScalarType.Float64).data<double>().ToArray());
    }

    public sealed record State(double[] Read, double[,] Item, double[,,]? Relational);

    public (double[] Output, State State) Step(double[] x, State previous)
    {
        int d = (int)o.SlotSize, n = (int)o.SlotCount, r = (int)o.RelationSize, dOut = (int)o.DistilledSize;
        double[] a = Chain("input_projector", x, d);
        double[] c = Chain("input_projector2", x, d);
        double[] p = Softmax(Chain("input_projector3", x, n));
        double[] second = o.ItemWrite == ItemWrite.SelfOuterProduct ? a : c;

        var item = new double[d, d];
        var mi = previous.Item;
        if (o.Gates)
        {
            double[] inputPart = Linear("input_gate_projector", a, 2 * d);
            for (int i = 0; i < d; i++)
            {
                double[] row = new double[d];
                for (int j = 0; j < d; j++) row[j] = Math.Tanh(mi[i, j]);
                double[] memoryPart = Linear("memory_gate_projector", row, 2 * d);
                for (int j = 0; j < d; j++)
                {
                    double ig = Sigmoid(memoryPart[j] + inputPart[j] + w["input_bias"][0]);
                    double fg = Sigmoid(memoryPart[d + j] + inputPart[d + j] + w["forget_bias"][0]);
                    item[i, j] = ig * Math.Tanh(a[i] * second[j]) + fg * mi[i, j];
                }
            }
        }
        else
        {
            for (int i = 0; i < d; i++)
                for (int j = 0; j < d; j++) item[i, j] = mi[i, j] + a[i] * second[j];
        }

        var readBack = new double[d, d];
        var mr = previous.Relational;
        if (mr is not null)
        {
            double alpha2 = AlphaValue("alpha2", o.Alpha2);
            var vr = new double[d];
            for (int f = 0; f < d; f++)
                for (int s = 0; s < n; s++)
                    for (int i = 0; i < d; i++) vr[f] += p[s] * c[i] * mr[s, i, f];
            for (int i = 0; i < d; i++)
                for (int j = 0; j < d; j++) readBack[i, j] = alpha2 * vr[i] * c[j];
        }

        double[,,] relational = mr ?? new double[n, d, d];
        for (int pass = 0; pass < o.SamPasses; pass++)
        {
            var samInput = new double[d, d];
            for (int i = 0; i < d; i++)
                for (int j = 0; j < d; j++) samInput[i, j] = item[i, j] + readBack[i, j];
            double[,,] candidate = Sam(samInput);
            if (o.Transfer)
            {
                double alpha3 = AlphaValue("alpha3", o.Alpha3);
                double[] wg = w["rel_projector2.weight"], bg = w["rel_projector2.bias"];
                for (int f = 0; f < d; f++)
                    for (int q = 0; q < d; q++)
                    {
                        double t = bg[q];
                        for (int s = 0; s < n; s++)
                            for (int i = 0; i < d; i++) t += wg[q * n * d + s * d + i] * candidate[s, i, f];
                        item[f, q] += alpha3 * t;
                    }
            }
            double alpha1 = AlphaValue("alpha1", o.Alpha1);
            var next = new double[n, d, d];
            for (int s = 0; s < n; s++)
                for (int i = 0; i < d; i++)
                    for (int f = 0; f < d; f++)
                        next[s, i, f] = mr is null ? candidate[s, i, f]
                            : o.RelationalWrite == RelationalWrite.DecayOldMemory ? alpha1 * relational[s, i, f] + candidate[s, i, f]
                            : relational[s, i, f] + alpha1 * candidate[s, i, f];
            relational = next;
        }

        var distilled = new double[n * r];
        for (int s = 0; s < n; s++)
        {
            var flat = new double[d * d];
            for (int i = 0; i < d; i++)
                for (int f = 0; f < d; f++) flat[i * d + f] = relational[s, i, f];
            Array.Copy(Linear("rel_projector", flat, r), 0, distilled, s * r, r);
        }
        double[] read = Linear("rel_projector3", distilled, dOut);
        if (o.Normalization == QkvNormalization.PerRowWithOutputNorm)
            read = LayerNorm(read, w["layernorm2.weight"], w["layernorm2.bias"]);

        double[] hidden = Relu(Linear("mlp.0", read, (int)o.HeadHiddenSize));
        hidden = Relu(Linear("mlp.2", hidden, (int)o.HeadHiddenSize));
        double[] output = Linear("out", hidden, (int)o.OutputSize);
        return (output, new State(read, item, o.CarryRelationalMemory ? relational : null));
    }

    /// <summary>SAM on one d×d memory, Eqs. 4–8 in code form: Z = S·W_qkvᵀ + b, LayerNorm, split, outer-product attention.</summary>
    public double[,,] Sam(double[,] memory)
    {
        int d = (int)o.SlotSize, n = (int)o.SlotCount;
        double[] wq = w["sam.qkv_projector.weight"], bq = w["sam.qkv_projector.bias"];
        var z = new double[d, 3 * n];
        for (int i = 0; i < d; i++)
            for (int m = 0; m < 3 * n; m++)
            {
                double sum = bq[m];
                for (int j = 0; j < d; j++) sum += memory[i, j] * wq[m * d + j];
                z[i, m] = sum;
            }
        double[] gamma = w["sam.qkv_layernorm.weight"], beta = w["sam.qkv_layernorm.bias"];
        if (o.Normalization == QkvNormalization.Joint)
        {
            double[] flat = new double[d * 3 * n];
            for (int i = 0; i < d; i++)
                for (int m = 0; m < 3 * n; m++) flat[i * 3 * n + m] = z[i, m];
            flat = LayerNorm(flat, gamma, beta);
            for (int i = 0; i < d; i++)
                for (int m = 0; m < 3 * n; m++) z[i, m] = flat[i * 3 * n + m];
        }
        else
        {
            for (int i = 0; i < d; i++)
            {
                double[] row = new double[3 * n];
                for (int m = 0; m < 3 * n; m++) row[m] = z[i, m];
                row = LayerNorm(row, gamma, beta);
                for (int m = 0; m < 3 * n; m++) z[i, m] = row[m];
            }
        }
        var result = new double[n, d, d];
        for (int s = 0; s < n; s++)
            for (int i = 0; i < d; i++)
                for (int f = 0; f < d; f++)
                {
                    double sum = 0;
                    for (int m = 0; m < n; m++) sum += Math.Tanh(z[i, s] * z[i, n + m]) * z[f, 2 * n + m];
                    result[s, i, f] = sum;
                }
        return result;
    }

    private double AlphaValue(string name, Alpha alpha) => alpha.IsLearned ? w[name][0] : alpha.Value;

    private double[] Chain(string prefix, double[] x, int outSize)
    {
        if (o.InputMapHiddenSize <= 0) return Linear(prefix + ".fc1", x, outSize);
        int h = (int)o.InputMapHiddenSize;
        return Linear(prefix + ".fc3", Linear(prefix + ".fc2", Linear(prefix + ".fc1", x, h), h), outSize);
    }

    private double[] Linear(string prefix, double[] x, int outSize)
    {
        double[] weight = w[prefix + ".weight"], bias = w[prefix + ".bias"];
        var y = new double[outSize];
        for (int k = 0; k < outSize; k++)
        {
            double sum = bias[k];
            for (int j = 0; j < x.Length; j++) sum += weight[k * x.Length + j] * x[j];
            y[k] = sum;
        }
        return y;
    }

    private static double[] LayerNorm(double[] x, double[] gamma, double[] beta)
    {
        double mean = x.Average();
        double variance = x.Select(v => (v - mean) * (v - mean)).Average();
        return x.Select((v, k) => (v - mean) / Math.Sqrt(variance + 1e-5) * gamma[k] + beta[k]).ToArray();
    }

    private static double[] Softmax(double[] x)
    {
        double max = x.Max();
        double[] e = x.Select(v => Math.Exp(v - max)).ToArray();
        double total = e.Sum();
        return e.Select(v => v / total).ToArray();
    }

    private static double[] Relu(double[] x) => x.Select(v => Math.Max(0, v)).ToArray();

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));
}
