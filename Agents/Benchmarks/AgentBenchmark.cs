using System.Diagnostics;
using SamRL.Agents.A3C;
using SamRL.Agents.Networks;
using SamRL.Environments.Core;
using TorchSharp;
using static TorchSharp.torch;

namespace SamRL.Agents.Benchmarks;

/// <summary>
/// Times the A3C training step of the paper's agents as SAM_STM_REFERENCE §7.3 does: one 20-step rollout at batch 1
/// on random 80×80 frames (or 42×42 for the universe-starter-agent encoder) with action sampling, the bootstrap
/// forward, the A3C/GAE loss and one backward (truncated BPTT over the 20 steps), on one intra-op thread. It runs the
/// A3C worker's own segment computation (<see cref="RolloutSegment"/>), so it times what training does. The authors'
/// PyTorch code takes 173.5 ms (LSTM-256 + STM) and 186.7 ms (LSTM-512) per rollout with OpenBLAS on their 2-vCPU
/// machine.
/// Besides wall-clock time it records the process's CPU time per rollout, which a busy machine inflates much less
/// (with one intra-op thread the work runs on the calling thread, so on an idle machine the two agree), and the time
/// of each <see cref="RolloutPhase"/> as the segment itself clocks it.
/// </summary>
public static class AgentBenchmark
{
    /// <summary>Number of actions of the timed agents (Pong's 6).</summary>
    public const int ActionCount = 6;

    /// <summary>
    /// Times <paramref name="repetitions"/> rollouts of the agent with <paramref name="core"/> after
    /// <paramref name="warmups"/> untimed ones. Runs on the calling thread with one intra-op thread (the previous
    /// thread count is restored afterwards).
    /// </summary>
    /// <param name="core">The recurrent core.</param>
    /// <param name="repetitions">Timed rollouts.</param>
    /// <param name="warmups">Untimed rollouts first.</param>
    /// <param name="rolloutLength">Agent steps per rollout.</param>
    /// <param name="encoder">The image encoder: the authors' 80×80 stack (default) or universe-starter-agent's 42×42 one.</param>
    /// <param name="lstmSize">LSTM width; null takes the paper's.</param>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than 1 repetition, a negative warm-up count, or a non-image encoder.</exception>
    public static BenchmarkResult MeasureRollout(
        CoreKind core, int repetitions = 5, int warmups = 1, int rolloutLength = 20, EncoderKind encoder = EncoderKind.Atari80, int? lstmSize = null)
    {
        if (repetitions < 1) throw new ArgumentOutOfRangeException(nameof(repetitions), repetitions, "expected at least one timed repetition");
        if (warmups < 0) throw new ArgumentOutOfRangeException(nameof(warmups), warmups, "expected 0 or more warm-up repetitions");
        if (rolloutLength < 1) throw new ArgumentOutOfRangeException(nameof(rolloutLength), rolloutLength, "expected at least one step");
        int side = encoder switch
        {
            EncoderKind.Atari80 => AtariConvEncoder.FrameSize,
            EncoderKind.Universe42 => UniverseConvEncoder.FrameSize,
            _ => throw new ArgumentOutOfRangeException(nameof(encoder), encoder, "expected an image encoder"),
        };

        int previousThreads = get_num_threads();
        set_num_threads(1);
        try
        {
            var config = new A3CConfig { Core = core, RolloutLength = rolloutLength, Encoder = encoder, LstmSize = lstmSize };
            using var model = ActorCritic.Create(config.NetworkOptions([1, side, side], ActionCount));
            using var generator = new Generator(1, CPU);
            using var frames = rand([rolloutLength + 1, 1, 1, side, side], generator: generator);
            var phaseTimes = new RolloutPhaseTimes();
            var segment = new RolloutSegment(model, config, phaseTimes);
            var rng = new Rng(1);
            var wallTimes = new double[repetitions];
            var cpuTimes = new double[repetitions];
            var phases = Enum.GetValues<RolloutPhase>().ToDictionary(phase => phase, _ => new double[repetitions]);
            using var process = Process.GetCurrentProcess();
            for (int run = -warmups; run < repetitions; run++)
            {
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                phaseTimes.Clear();
                var clock = Stopwatch.StartNew();
                TrainingStep(model, frames, segment, rng);
                double wall = clock.Elapsed.TotalMilliseconds;
                process.Refresh();
                if (run < 0) continue;
                wallTimes[run] = wall;
                cpuTimes[run] = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
                foreach (var (phase, times) in phases) times[run] = phaseTimes.Milliseconds(phase);
            }
            return BenchmarkResult.From(core, model.parameters().Sum(p => p.numel()), wallTimes, cpuTimes, phases);
        }
        finally
        {
            set_num_threads(previousThreads);
        }
    }

    private static void TrainingStep(ActorCritic model, Tensor frames, RolloutSegment segment, Rng rng)
    {
        using var scope = NewDisposeScope();
        var state = model.InitialState(1);
        segment.Clear();
        while (!segment.IsFull)
        {
            (_, state) = segment.Act(frames[segment.Count], state, rng);
            segment.Reward(rng.NextDouble() < 0.05 ? 1.0 : 0.0);
        }
        segment.Learn(segment.Bootstrap(frames[segment.Count], state));
        segment.Clear();
    }
}
