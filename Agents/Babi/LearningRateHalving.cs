namespace SamRL.Agents.Babi;

/// <summary>
/// The authors' one-time learning-rate decay: after a validation pass whose loss is below the threshold (0.1), the
/// learning rate is multiplied by the factor (0.5) — the first time only.
/// </summary>
/// <param name="Threshold">The validation loss below which the decay fires.</param>
/// <param name="Factor">The factor applied to the learning rate.</param>
/// <param name="Done">Whether the decay has fired already.</param>
public sealed record LearningRateHalving(double Threshold, double Factor, bool Done = false)
{
    /// <summary>
    /// The rule after a validation loss of <paramref name="validationLoss"/>: the learning rate to use from now on and
    /// the rule's next state.
    /// </summary>
    public (double LearningRate, LearningRateHalving Next) After(double validationLoss, double learningRate) =>
        !Done && validationLoss < Threshold
            ? (learningRate * Factor, this with { Done = true })
            : (learningRate, this);
}
