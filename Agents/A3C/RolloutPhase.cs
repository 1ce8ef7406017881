namespace SamRL.Agents.A3C;

/// <summary>The phases of an A3C training step that the agent benchmark times separately (<c>bench agent</c> prints their medians).</summary>
public enum RolloutPhase
{
    /// <summary>Each step's observation through the encoder (with autograd).</summary>
    EncoderForward,

    /// <summary>Each step's input projection and recurrence through the core (with autograd).</summary>
    CoreForward,

    /// <summary>Each step's readout and heads without autograd, and the action sampled from them.</summary>
    ActionReadout,

    /// <summary>The forward pass for the bootstrap value of the state after the last step (no autograd).</summary>
    Bootstrap,

    /// <summary>The readout and heads once over all steps, and the A3C loss.</summary>
    ReadoutAndLoss,

    /// <summary>The loss's backward pass through the heads, the readout and the core's recurrence.</summary>
    CoreBackward,

    /// <summary>The input projection formed once over the steps and the backward pass through it into the encoder.</summary>
    EncoderBackward,
}
