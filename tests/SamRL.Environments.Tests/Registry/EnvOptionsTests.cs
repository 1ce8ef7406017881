using SamRL.Environments.Registry;

namespace SamRL.Environments.Tests.Registry;

public class EnvOptionsTests
{
    [Fact]
    public void Parse_ReadsNameValuePairsAndNormalisesNames()
    {
        var options = EnvOptions.Parse(["Frame-Skip = 32", "obs_type=rgb", "sticky=yes"]);
        Assert.Equal(32, options.GetInt32("frame_skip"));
        Assert.Equal("rgb", options.GetString("OBS-TYPE"));
        Assert.True(options.GetBoolean("sticky"));
        Assert.Equal("frame_skip=32, obs_type=rgb, sticky=yes", options.ToString());
    }

    [Fact]
    public void Parse_RejectsItemsWithoutAnEqualsSign()
    {
        var error = Assert.Throws<ArgumentException>(() => EnvOptions.Parse(["frameskip"]));
        Assert.Contains("name=value", error.Message);
    }

    [Fact]
    public void With_ReturnsACopy()
    {
        var original = EnvOptions.Empty.With("a", 1);
        var changed = original.With("a", 2);
        Assert.Equal(1, original.GetInt32("a"));
        Assert.Equal(2, changed.GetInt32("a"));
    }

    [Fact]
    public void TypedGetters_ExplainWhatTheyExpected()
    {
        var options = EnvOptions.Empty.With("big", 1L << 40).With("flag", "maybe").With("ratio", "x");
        Assert.Contains("between", Assert.Throws<ArgumentException>(() => options.GetInt32("big")).Message);
        Assert.Equal(1L << 40, options.GetInt64("big"));
        Assert.Contains("true or false", Assert.Throws<ArgumentException>(() => options.GetBoolean("flag")).Message);
        Assert.Contains("a number", Assert.Throws<ArgumentException>(() => options.GetDouble("ratio")).Message);
        Assert.Contains("'missing'", Assert.Throws<ArgumentException>(() => options.GetString("missing")).Message);
    }

    [Fact]
    public void RealValues_RoundTripInInvariantCulture() =>
        Assert.Equal(0.1 + 0.2, EnvOptions.Empty.With("p", 0.1 + 0.2).GetDouble("p"));
}
