using TorchSharp;
using static SamRL.Memory.KeptScalars;
using static TorchSharp.torch;

namespace SamRL.Agents.A3C;

/// <summary>The loss of one rollout and the numbers reported about it.</summary>
/// <param name="Total">policy loss + value coefficient × value loss, to back-propagate.</param>
/// <param name="PolicyLoss">−Σ log π(a_i)·A_i − β Σ H_i.</param>
/// <param name="ValueLoss">Σ ½ (R_i − V_i)².</param>
/// <param name="MeanEntropy">Mean policy entropy per step.</param>
internal readonly record struct RolloutLoss(Tensor Total, double PolicyLoss, double ValueLoss, double MeanEntropy);

/// <summary>
/// The authors' A3C loss (SAM_STM_REFERENCE §3.5) over a rollout of T steps with bootstrap value B
/// (V(s_T) when the episode goes on, 0 when it terminated):
/// returns R_i = r_i + γ R_{i+1} with R_T = B; advantages by GAE, A_i = Σ_k (γτ)^k δ_{i+k} with
/// δ_i = r_i + γ V_{i+1} − V_i (V_T = B, values detached);
/// loss = −Σ log π(a_i)·A_i − β Σ H_i + c_v · Σ ½ (R_i − V_i)².
/// Written with whole-rollout tensors; equal to the authors' backward loop term by term.
/// </summary>
internal sealed class A3CLoss
{
    private readonly A3CConfig config;
    private readonly Scalar entropyCoefficient;   // the coefficients as scalars libtorch can read (KeptScalars)
    private readonly Scalar valueLossCoefficient;
    private readonly float[] returns;
    private readonly float[] advantages;
    private readonly double[] values;

    public A3CLoss(A3CConfig config)
    {
        this.config = config;
        entropyCoefficient = config.EntropyCoefficient.ToScalar();
        valueLossCoefficient = config.ValueLossCoefficient.ToScalar();
        returns = new float[config.RolloutLength];
        advantages = new float[config.RolloutLength];
        values = new double[config.RolloutLength];
    }

    /// <summary>
    /// The loss of a rollout of T steps: values V_i, log π(a_i|s_i) and entropies H_i (each <c>[T]</c>, with their
    /// autograd history) and the rewards r_i. The tensors belong to the caller's dispose scope.
    /// </summary>
    public RolloutLoss Compute(Tensor valueTensor, Tensor logProbabilities, Tensor entropies, ReadOnlySpan<double> rewards, double bootstrapValue)
    {
        int count = rewards.Length;
        if (count == 0) throw new InvalidOperationException("cannot compute the loss of an empty rollout");
        if (count > values.Length) throw new ArgumentException($"expected at most {values.Length} steps; got {count}", nameof(rewards));
        CheckSteps(valueTensor, count, nameof(valueTensor));
        CheckSteps(logProbabilities, count, nameof(logProbabilities));
        CheckSteps(entropies, count, nameof(entropies));
        using (var detached = valueTensor.detach().to(float64).cpu())
        {
            var accessor = detached.data<double>();
            for (int i = 0; i < count; i++) values[i] = accessor[i];
        }

        double gamma = config.Gamma, lambda = gamma * config.Tau;
        double runningReturn = bootstrapValue, advantage = 0, nextValue = bootstrapValue;
        for (int i = count - 1; i >= 0; i--)
        {
            runningReturn = rewards[i] + gamma * runningReturn;
            double delta = rewards[i] + gamma * nextValue - values[i];
            advantage = lambda * advantage + delta;
            returns[i] = (float)runningReturn;
            advantages[i] = (float)advantage;
            nextValue = values[i];
        }

        var returnTensor = tensor(returns.AsSpan(0, count).ToArray(), valueTensor.dtype, valueTensor.device);
        var advantageTensor = tensor(advantages.AsSpan(0, count).ToArray(), valueTensor.dtype, valueTensor.device);
        var entropySum = entropies.sum();
        var policyLoss = (logProbabilities * advantageTensor).sum().add(entropySum, entropyCoefficient).neg();
        var valueLoss = (returnTensor - valueTensor).pow(Two).sum().mul(OneHalf);
        var total = policyLoss.add(valueLoss, valueLossCoefficient);
        return new RolloutLoss(total, policyLoss.item<float>(), valueLoss.item<float>(), entropySum.item<float>() / count);
    }

    private static void CheckSteps(Tensor perStep, int count, string name)
    {
        if (perStep.dim() != 1 || perStep.shape[0] != count)
            throw new ArgumentException($"expected {name} of shape [{count}]; got [{string.Join(",", perStep.shape)}]", name);
    }
}
