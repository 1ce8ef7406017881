using SamRL.Memory;
using static TorchSharp.torch;

namespace SamRL.Agents.Networks;

/// <summary>One step of an <see cref="ActorCritic"/>: action logits <c>[B, A]</c>, state values <c>[B, 1]</c> and the next recurrent state.</summary>
/// <param name="Logits">Unnormalised log-probabilities of the actions.</param>
/// <param name="Value">The critic's estimate V(s).</param>
/// <param name="State">The core's state after the step.</param>
public readonly record struct ActorCriticOutput(Tensor Logits, Tensor Value, RecurrentState State);
