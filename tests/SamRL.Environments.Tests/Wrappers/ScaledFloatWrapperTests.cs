using SamRL.Environments.Spaces;
using SamRL.Environments.Tests.Core;
using SamRL.Environments.Wrappers;

namespace SamRL.Environments.Tests.Wrappers;

public class ScaledFloatWrapperTests
{
    [Fact]
    public void BytesBecomeScaledFloatsWithTheSameShapeAndScaledBounds()
    {
        var env = new ScriptedEnv<byte>(new SpaceShape(2, 2)) { Pixel = (t, i) => (byte)(i == 3 ? 255 : (t * 10) + i) };
        using var wrapper = new ScaledFloatWrapper<int>(env);
        Assert.Equal(new SpaceShape(2, 2), wrapper.ObservationSpace.Shape);
        var box = Assert.IsType<BoxSpace<float>>(wrapper.ObservationSpace);
        Assert.Equal(1f, box.High[0]);
        // value · (1/255) in single precision, as numpy's frame * (1.0 / 255.0) on float32.
        const float inverse = 1f / 255f;
        Assert.Equal([0f, 1 * inverse, 2 * inverse, 255 * inverse], wrapper.Reset().Observation.ToArray());
        Assert.Equal([10 * inverse, 11 * inverse, 12 * inverse, 255 * inverse], wrapper.Step(0).Observation.ToArray());
    }

    [Fact]
    public void CustomScale_IsApplied()
    {
        var env = new ScriptedEnv<byte>(new SpaceShape(1)) { Pixel = (_, _) => 4 };
        using var wrapper = new ScaledFloatWrapper<int>(env, scale: 0.5f);
        Assert.Equal([2f], wrapper.Reset().Observation.ToArray());
    }

    [Fact]
    public void NonPositiveScale_Throws() =>
        Assert.Equal("scale", Assert.Throws<ArgumentOutOfRangeException>(() => new ScaledFloatWrapper<int>(new ScriptedEnv<byte>(new SpaceShape(1)), 0f)).ParamName);
}
