using SamRL.Environments.Core;
using SamRL.Environments.Spaces;
using SamRL.Environments.Vector;
using SamRL.Environments.Wrappers;

namespace SamRL.Environments.Tests.Wrappers;

public class MisbehavingInnerEnvTests
{
    /// <summary>Promises observations of 4 elements and returns 3.</summary>
    private sealed class ShortObservationEnv : IEnv<float, int>
    {
        private readonly float[] observation = new float[3];

        public IArraySpace<float> ObservationSpace { get; } = new BoxSpace<float>(0f, 1f, new SpaceShape(4));

        public ISpace<int> ActionSpace { get; } = new DiscreteSpace(2);

        public ResetResult<float> Reset(ulong? seed = null) => new(observation, default);

        public StepResult<float> Step(int action) => new(observation, 0, false, false, default);

        public void Dispose()
        {
        }

        public override string ToString() => "ShortObservation";
    }

    [Fact]
    public void Wrappers_ReportAnInnerObservationOfTheWrongLength()
    {
        using var stack = new FrameStackWrapper<float, int>(new ShortObservationEnv());
        var error = Assert.Throws<InvalidOperationException>(() => stack.Reset());
        Assert.Contains("ShortObservation returned an observation of 3 elements", error.Message);
        Assert.Contains("promises 4", error.Message);

        using var normalized = new RunningNormalizationWrapper<int>(new ShortObservationEnv());
        Assert.Throws<InvalidOperationException>(() => normalized.Reset());
    }

    [Fact]
    public void VectorEnvs_ReportAnInnerObservationOfTheWrongLength()
    {
        using var vector = new SyncVectorEnv<float, int>(2, _ => new ShortObservationEnv());
        var error = Assert.Throws<InvalidOperationException>(() => vector.Reset());
        Assert.Contains("Environment 0 (ShortObservation) returned 3 observation elements", error.Message);
    }
}
