using SamRL.Environments.Spaces;
using SamRL.Environments.Tests.Core;
using SamRL.Environments.Wrappers;

namespace SamRL.Environments.Tests.Wrappers;

public class RunningNormalizationWrapperTests
{
    [Fact]
    public void FirstTwoObservations_MatchHandComputedValues()
    {
        // Frames [0, 2] then [2, 6]: per-frame mean/std (1, 1) then (4, 2).
        // With α = 0.5: first output is the frame standardised, (x − 1)/1.
        // Second: mean = (0.5·0.5·1 + 0.5·4)/(1 − 0.25) = 3, std = (0.25·1 + 0.5·2)/0.75 = 5/3.
        var env = new ScriptedEnv<float>(new SpaceShape(2)) { Pixel = (t, i) => t == 0 ? 2 * i : 2 + (4 * i) };
        using var wrapper = new RunningNormalizationWrapper<int>(env, alpha: 0.5);
        var reset = wrapper.Reset();
        Assert.Equal(-1f, reset.Observation[0], 1e-6f);
        Assert.Equal(1f, reset.Observation[1], 1e-6f);
        var step = wrapper.Step(0);
        Assert.Equal(-0.6f, step.Observation[0], 1e-6f);
        Assert.Equal(1.8f, step.Observation[1], 1e-6f);
        Assert.Equal(2, wrapper.Count);
    }

    [Fact]
    public void Statistics_SurviveResets()
    {
        var env = new ScriptedEnv<float>(new SpaceShape(2)) { Pixel = (t, i) => t == 0 ? 2 * i : 2 + (4 * i) };
        using var wrapper = new RunningNormalizationWrapper<int>(env, alpha: 0.5);
        wrapper.Reset();
        wrapper.Step(0);
        var second = wrapper.Reset();
        Assert.Equal(3, wrapper.Count);

        // The third frame, [0, 2] again, is normalised with statistics of all three frames.
        double meanAverage = 0, stdAverage = 0;
        foreach (var (m, s) in new[] { (1.0, 1.0), (4.0, 2.0), (1.0, 1.0) })
        {
            meanAverage = (0.5 * meanAverage) + (0.5 * m);
            stdAverage = (0.5 * stdAverage) + (0.5 * s);
        }

        var mean = meanAverage / (1 - 0.125);
        var std = stdAverage / (1 - 0.125);
        Assert.Equal((float)((0 - mean) / (std + 1e-8)), second.Observation[0], 1e-6f);
    }

    [Fact]
    public void AlphaOutsideTheOpenUnitInterval_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new RunningNormalizationWrapper<int>(new ScriptedEnv<float>(new SpaceShape(1)), alpha: 1.0));
        Assert.Equal("alpha", error.ParamName);
    }
}
