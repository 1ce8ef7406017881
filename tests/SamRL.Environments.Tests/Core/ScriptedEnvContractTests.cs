using SamRL.Environments.Spaces;

namespace SamRL.Environments.Tests.Core;

public class ScriptedEnvContractTests
{
    [Fact]
    public void StepBeforeReset_Throws()
    {
        using var env = new ScriptedEnv<byte>(new SpaceShape(2));
        Assert.Throws<InvalidOperationException>(() => env.Step(0));
    }

    [Fact]
    public void StepAfterTerminal_ThrowsUntilReset()
    {
        using var env = new ScriptedEnv<byte>(new SpaceShape(2)) { TerminalStep = 1 };
        env.Reset();
        Assert.True(env.Step(0).Terminated);
        Assert.Throws<InvalidOperationException>(() => env.Step(0));
        env.Reset();
        Assert.False(env.Step(0).Truncated);
    }

    [Fact]
    public void OutOfSpaceAction_ThrowsNamingTheAction()
    {
        using var env = new ScriptedEnv<byte>(new SpaceShape(2));
        env.Reset();
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => env.Step(6));
        Assert.Equal("action", error.ParamName);
    }
}
