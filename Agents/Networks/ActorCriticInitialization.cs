using SamRL.Memory;
using TorchSharp;
using TorchSharp.Modules;
using static SamRL.Memory.KeptScalars;
using static TorchSharp.torch;

namespace SamRL.Agents.Networks;

/// <summary>
/// The authors' initialisation (SAM_STM_REFERENCE §3.4), drawn from one seed so that a run's weights depend on
/// nothing but its seed (not on TorchSharp's global generator, which other threads may use).
/// </summary>
public static class ActorCriticInitialization
{
    /// <summary>Row norm of the actor's weight (so the initial policy is almost uniform).</summary>
    public const double ActorRowNorm = 0.01;

    /// <summary>Row norm of the critic's weight.</summary>
    public const double CriticRowNorm = 1.0;

    /// <summary>
    /// Re-initialises <paramref name="model"/>:
    /// every Conv2d and Linear (also inside the core, STM included) Glorot-uniform with bound √(6/(fan_in+fan_out))
    /// and zero bias, conv weights then scaled by the ReLU gain √2;
    /// LSTM cells U(±1/√hidden) (PyTorch's default) with both biases zero;
    /// STM's learned initial memories U(±1/√(2d)) and U(±1/√(2d+N)) as STM's constructor;
    /// actor and critic weights N(0, 1) with each row rescaled to L2 norm 0.01 and 1.0, biases zero.
    /// LayerNorms and STM's scalar parameters keep their constructor values (γ = 1, β = 0, α = 0, β_F = 1, β_I = 0).
    /// </summary>
    public static void Apply(ActorCritic model, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var generator = new Generator(seed, CPU);
        using var noGrad = no_grad();
        foreach (var (_, module) in model.named_modules())
        {
            switch (module)
            {
                case Conv2d conv:
                    GlorotUniform(conv.weight!, generator, gain: Math.Sqrt(2.0));
                    conv.bias?.zero_();
                    break;
                case Linear linear:
                    GlorotUniform(linear.weight!, generator, gain: 1.0);
                    linear.bias?.zero_();
                    break;
                case LSTMCell cell:
                    double bound = 1.0 / Math.Sqrt(cell.weight_hh!.shape[1]);
                    cell.weight_ih!.uniform_(-bound, bound, generator);
                    cell.weight_hh!.uniform_(-bound, bound, generator);
                    cell.bias_ih?.zero_();
                    cell.bias_hh?.zero_();
                    break;
                case Stm stm:
                    InitialMemories(stm, generator);
                    break;
            }
        }
        RowNormalized(model.Actor.weight!, ActorRowNorm, generator);
        model.Actor.bias!.zero_();
        RowNormalized(model.Critic.weight!, CriticRowNorm, generator);
        model.Critic.bias!.zero_();
    }

    private static void GlorotUniform(Tensor weight, Generator generator, double gain)
    {
        long receptiveField = weight.dim() > 2 ? weight.shape.Skip(2).Aggregate(1L, (a, b) => a * b) : 1;
        long fanIn = weight.shape[1] * receptiveField, fanOut = weight.shape[0] * receptiveField;
        double bound = Math.Sqrt(6.0 / (fanIn + fanOut));
        weight.uniform_(-bound, bound, generator);
        if (gain == 1.0) return;
        using var factor = gain.ToScalar();
        weight.mul_(factor);
    }

    private static void RowNormalized(Tensor weight, double rowNorm, Generator generator)
    {
        weight.normal_(0.0, 1.0, generator);
        using var norms = weight.pow(Two).sum(1, keepdim: true).sqrt();
        using var factor = rowNorm.ToScalar();
        weight.mul_(factor).div_(norms);
    }

    private static void InitialMemories(Stm stm, Generator generator)
    {
        long d = stm.Options.SlotSize, n = stm.Options.SlotCount;
        foreach (var (name, parameter) in stm.named_parameters(recurse: false))
        {
            if (name == "item_memory_state_bias") parameter.uniform_(-1.0 / Math.Sqrt(2 * d), 1.0 / Math.Sqrt(2 * d), generator);
            else if (name == "rel_memory_state_bias") parameter.uniform_(-1.0 / Math.Sqrt(2 * d + n), 1.0 / Math.Sqrt(2 * d + n), generator);
        }
    }
}
