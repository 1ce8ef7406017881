using SamRL.Agents.Networks;
using SamRL.Environments.Core;
using static TorchSharp.torch;

namespace SamRL.Runner.Evaluation;

/// <summary>
/// Plays episodes with a trained actor-critic, always taking its most probable action (the paper's test process),
/// carrying the recurrent state from step to step.
/// </summary>
public sealed class GreedyPlayer(ActorCritic model) : IDisposable
{
    private readonly Tensor staging = zeros([1, .. model.ObservationShape]).DetachFromDisposeScope();

    /// <summary>Plays one episode from <c>Reset(<paramref name="seed"/>)</c>, at most <paramref name="maxSteps"/> steps.</summary>
    public PlayedEpisode Play(IEnv<float, int> environment, ulong seed, int maxSteps)
    {
        model.eval();
        Stage(environment.Reset(seed).Observation);
        var state = model.InitialState(1);
        var reward = 0.0;
        var steps = 0;
        var done = false;
        try
        {
            while (!done && steps < maxSteps)
            {
                using var scope = NewDisposeScope();
                using var noGrad = no_grad();
                var output = model.forward(staging.clone(), state);
                var step = environment.Step(Greedy(output.Logits));
                Stage(step.Observation);
                reward += step.Reward;
                steps++;
                done = step.IsDone;
                foreach (var tensor in output.State.Tensors)
                {
                    tensor.MoveToOuterDisposeScope();
                }

                state.Dispose();
                state = output.State;
            }
        }
        finally
        {
            state.Dispose();
        }

        return new PlayedEpisode(seed, reward, steps, Truncated: !done);
    }

    /// <inheritdoc />
    public void Dispose() => staging.Dispose();

    private void Stage(ReadOnlySpan<float> observation)
    {
        if (observation.Length != staging.numel())
        {
            throw new ArgumentException($"the environment's observations have {observation.Length} values; the model expects {staging.numel()}.");
        }

        staging.data<float>().CopyFrom(observation, 0, 0);
    }

    private static int Greedy(Tensor logits)
    {
        var values = logits.data<float>();
        var best = 0;
        for (var action = 1; action < values.Count; action++)
        {
            if (values[action] > values[best])
            {
                best = action;
            }
        }

        return best;
    }
}
