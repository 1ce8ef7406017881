using static TorchSharp.torch;

namespace SamRL.Memory;

/// <summary>
/// A recurrent memory core that agents and models can swap freely (LSTM, STM, or your own).
/// Inputs are <c>[B, InputSize]</c> per step; outputs <c>[B, OutputSize]</c>.
/// </summary>
public interface IRecurrentCore
{
    /// <summary>Width of one input step.</summary>
    long InputSize { get; }

    /// <summary>Width of one output step.</summary>
    long OutputSize { get; }

    /// <summary>The state at the start of a sequence, for <paramref name="batchSize"/> sequences, on the core's device.</summary>
    RecurrentState InitialState(long batchSize);

    /// <summary>One time step: input <c>[B, InputSize]</c> and the previous state to output <c>[B, OutputSize]</c> and the new state.</summary>
    (Tensor Output, RecurrentState State) Step(Tensor input, RecurrentState state);

    /// <summary>
    /// Runs <c>T</c> steps over <c>[T, B, InputSize]</c>, starting from <paramref name="state"/> (or the
    /// initial state when null), and returns all outputs <c>[T, B, OutputSize]</c> and the final state.
    /// </summary>
    (Tensor Outputs, RecurrentState State) Sequence(Tensor inputs, RecurrentState? state = null);

    /// <summary>
    /// Runs <c>T</c> steps over <c>[T, B, InputSize]</c> and returns only the last output <c>[B, OutputSize]</c> and
    /// the final state (sequence classification); cores may skip work that only earlier outputs need.
    /// </summary>
    (Tensor Output, RecurrentState State) SequenceToLast(Tensor inputs, RecurrentState? state = null);
}
