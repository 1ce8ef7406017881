using SamRL.Environments.Core;

namespace SamRL.Environments.Tests.Core;

public class EnvChainTests
{
    private sealed class Base : IHasActionMeanings
    {
        public IReadOnlyList<string> ActionMeanings { get; } = ["NOOP", "FIRE"];
    }

    private sealed class Layer(object inner) : IEnvWrapper
    {
        public object InnerEnvironment { get; } = inner;
    }

    [Fact]
    public void Find_WalksDownToTheCapability()
    {
        var inner = new Base();
        var stack = new Layer(new Layer(inner));
        Assert.Same(inner, EnvChain.Find<IHasActionMeanings>(stack));
        Assert.Same(inner, EnvChain.Unwrapped(stack));
    }

    [Fact]
    public void Find_ReturnsNullWhenNoLayerHasTheCapability() =>
        Assert.Null(EnvChain.Find<IHasActionMeanings>(new Layer(new object())));
}
