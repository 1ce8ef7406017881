using SamRL.Environments.Spaces;
using SamRL.Environments.Tests.Core;
using SamRL.Environments.Wrappers;

namespace SamRL.Environments.Tests.Wrappers;

public class FrameStackWrapperTests
{
    [Fact]
    public void Stack_StartsWithCopiesOfTheResetFrameAndShiftsOldestOut()
    {
        var env = new ScriptedEnv<float>(new SpaceShape(1, 2, 3));
        using var wrapper = new FrameStackWrapper<float, int>(env, stackSize: 3);
        Assert.Equal(new SpaceShape(3, 2, 3), wrapper.ObservationSpace.Shape);

        var reset = wrapper.Reset();
        Assert.Equal([.. env.FrameAt(0), .. env.FrameAt(0), .. env.FrameAt(0)], reset.Observation.ToArray());
        wrapper.Step(0);
        var step = wrapper.Step(0);
        Assert.Equal([.. env.FrameAt(0), .. env.FrameAt(1), .. env.FrameAt(2)], step.Observation.ToArray());
        step = wrapper.Step(0);
        Assert.Equal([.. env.FrameAt(1), .. env.FrameAt(2), .. env.FrameAt(3)], step.Observation.ToArray());
    }

    [Fact]
    public void StackedSpace_RepeatsTheFrameBounds()
    {
        var env = new ScriptedEnv<byte>(new SpaceShape(2));
        using var wrapper = new FrameStackWrapper<byte, int>(env, stackSize: 2);
        var space = Assert.IsType<BoxSpace<byte>>(wrapper.ObservationSpace);
        Assert.Equal(new byte[] { 0, 0, 0, 0 }, space.Low.ToArray());
        Assert.Equal(new byte[] { 255, 255, 255, 255 }, space.High.ToArray());
    }
}
