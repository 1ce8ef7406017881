using SamRL.Environments.Core;
using SamRL.Environments.Registry;
using SamRL.Environments.Spaces;
using SamRL.Environments.Tests.Core;

namespace SamRL.Environments.Tests.Registry;

public class EnvRegistryTests
{
    private static readonly EnvOptionDefinition[] AtariOptions =
    [
        EnvOptionDefinition.Integer("frameskip", 4, "Raw frames per step."),
        EnvOptionDefinition.Real("repeat_action_probability", 0.25, "Sticky-action probability."),
        EnvOptionDefinition.Boolean("full_action_space", false, "Use all 18 actions."),
    ];

    private static EnvRegistry Registry(Action<EnvOptions>? seen = null)
    {
        var registry = new EnvRegistry();
        foreach (var id in new[] { "Pong-v5", "PongNoFrameskip-v4", "Breakout-v5", "SamRL/Copy-v0" })
        {
            registry.Register(EnvSpec.Create<byte, int>(id, $"Test {id}.", AtariOptions, options =>
            {
                seen?.Invoke(options);
                return new ScriptedEnv<byte>(new SpaceShape(2));
            }));
        }

        return registry;
    }

    [Fact]
    public void Make_FillsDefaultsAndAppliesOverrides()
    {
        EnvOptions? received = null;
        var registry = Registry(options => received = options);
        using var env = registry.Make<byte, int>("Pong-v5", EnvOptions.Empty.With("frameskip", 1).With("Repeat-Action-Probability", 0.0));
        Assert.IsType<ScriptedEnv<byte>>(env);
        Assert.NotNull(received);
        Assert.Equal("Pong-v5", received.EnvironmentId);
        Assert.Equal(1, received.GetInt32("frameskip"));
        Assert.Equal(0.0, received.GetDouble("repeat_action_probability"));
        Assert.False(received.GetBoolean("full_action_space"));
    }

    [Fact]
    public void UnknownId_ListsCloseMatchesOnly()
    {
        var error = Assert.Throws<ArgumentException>(() => Registry().Find("Pong-v6"));
        Assert.Equal("id", error.ParamName);
        Assert.Contains("'Pong-v6'", error.Message);
        Assert.Contains("Pong-v5", error.Message);
        Assert.Contains("PongNoFrameskip-v4", error.Message);
        Assert.DoesNotContain("Breakout", error.Message);
    }

    [Fact]
    public void UnknownId_FindsNamespacedAndCaseMismatchedIds()
    {
        Assert.Contains("SamRL/Copy-v0", Assert.Throws<ArgumentException>(() => Registry().Find("SamRL/Copy-v1")).Message);
        Assert.Contains("Breakout-v5", Assert.Throws<ArgumentException>(() => Registry().Find("breakout-v5")).Message);
    }

    [Fact]
    public void UnknownId_InAnEmptyRegistrySaysNothingIsRegistered() =>
        Assert.Contains("no environments are registered", Assert.Throws<ArgumentException>(() => new EnvRegistry().Find("Pong-v5")).Message);

    [Fact]
    public void UnknownOption_SuggestsTheCloseNameAndListsTheOptions()
    {
        var error = Assert.Throws<ArgumentException>(() => Registry().Make<byte, int>("Pong-v5", EnvOptions.Parse(["frame_skip=2"])));
        Assert.Contains("Pong-v5 has no option 'frame_skip'", error.Message);
        Assert.Contains("Did you mean 'frameskip'?", error.Message);
        Assert.Contains("full_action_space", error.Message);
    }

    [Fact]
    public void BadOptionValue_NamesOptionKindAndValue()
    {
        var error = Assert.Throws<ArgumentException>(() => Registry().Make<byte, int>("Pong-v5", EnvOptions.Parse(["frameskip=four"])));
        Assert.Contains("'frameskip'", error.Message);
        Assert.Contains("integer", error.Message);
        Assert.Contains("'four'", error.Message);
    }

    [Fact]
    public void WrongTypes_AreReported()
    {
        var error = Assert.Throws<ArgumentException>(() => Registry().Make<float, int>("Pong-v5"));
        Assert.Contains("IEnv<Byte, Int32>, not an IEnv<Single, Int32>", error.Message);
    }

    [Fact]
    public void DuplicateIds_AreRefused() =>
        Assert.Throws<InvalidOperationException>(() => Registry().Register(
            EnvSpec.Create<byte, int>("Pong-v5", "Again.", [], _ => new ScriptedEnv<byte>(new SpaceShape(1)))));

    [Theory]
    [InlineData("Pong")]
    [InlineData("Pong v5")]
    [InlineData("/Pong-v5")]
    public void MalformedIds_AreRefused(string id)
    {
        var error = Assert.Throws<ArgumentException>(() => EnvSpec.Create<byte, int>(id, "Bad.", [], _ => new ScriptedEnv<byte>(new SpaceShape(1))));
        Assert.Contains("[Namespace/]Name-vN", error.Message);
    }

    [Fact]
    public void DefaultsThatDoNotParse_AreRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => EnvSpec.Create<byte, int>(
            "Pong-v5", "Bad.", [new EnvOptionDefinition("frameskip", EnvOptionKind.Integer, "4.5", "Raw frames.")], _ => new ScriptedEnv<byte>(new SpaceShape(1))));
        Assert.Contains("'4.5'", error.Message);
    }

    [Fact]
    public void Describe_ListsOptionsWithDefaults()
    {
        var text = Registry().Find("Pong-v5").Describe();
        Assert.Contains("Pong-v5  (observations: Byte, actions: Int32)", text);
        Assert.Contains("frameskip (integer, default 4): Raw frames per step.", text);
        Assert.Contains("repeat_action_probability (real, default 0.25)", text);
    }

    [Fact]
    public void Specs_AreOrderedById() =>
        Assert.Equal(["Breakout-v5", "Pong-v5", "PongNoFrameskip-v4", "SamRL/Copy-v0"], Registry().Specs.Select(spec => spec.Id));
}
