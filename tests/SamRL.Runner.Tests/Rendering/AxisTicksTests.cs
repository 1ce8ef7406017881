using SamRL.Runner.Rendering;

namespace SamRL.Runner.Tests.Rendering;

public class AxisTicksTests
{
    // Expected ticks by hand: the range over 6 gives the raw step, rounded up to 1, 2, 2.5 or 5 times a power of ten;
    // the ticks are that step's multiples inside the range.
    [Theory]
    [InlineData(-21, -16.73, 1, new[] { -21.0, -20, -19, -18, -17 })]  // 0.71 → 1
    [InlineData(-21, 21, 10, new[] { -20.0, -10, 0, 10, 20 })]         // 7 → 10
    [InlineData(1, 146, 25, new[] { 25.0, 50, 75, 100, 125 })]         // 24.2 → 25
    [InlineData(1, 1052, 200, new[] { 200.0, 400, 600, 800, 1000 })]   // 175 → 200
    [InlineData(-20, -18.5, 0.25, new[] { -20, -19.75, -19.5, -19.25, -19, -18.75, -18.5 })] // 0.25 exactly
    [InlineData(0, 0.9, 0.2, new[] { 0, 0.2, 0.4, 0.6, 0.8 })]         // 0.15 → 0.2
    [InlineData(0, 12, 2, new[] { 0.0, 2, 4, 6, 8, 10, 12 })]          // 2 exactly stays 2
    [InlineData(-10, 10, 5, new[] { -10.0, -5, 0, 5, 10 })]            // 3.33 → 5
    [InlineData(0, 540, 100, new[] { 0.0, 100, 200, 300, 400, 500 })]  // 90 → 100 (the mantissa 10 case)
    public void Ticks_fall_on_round_multiples_inside_the_range(double minimum, double maximum, double step, double[] expected)
    {
        var ticks = AxisTicks.Within(minimum, maximum);

        Assert.Equal(step, ticks.Step, 12);
        Assert.Equal(expected, ticks.Values);
    }

    [Theory]
    [InlineData(-21, -16.73, -19.0, "-19")]
    [InlineData(0, 0.9, 0.6, "0.6")]
    [InlineData(-20, -18.5, -19.75, "-19.75")]
    [InlineData(0, 12_000, 4000.0, "4,000")]
    [InlineData(-2, 2, 0.0, "0")]
    [InlineData(-1, 1, 0.0, "0.0")] // step 0.5: every label of the axis has one decimal
    public void Labels_carry_the_decimals_the_step_needs(double minimum, double maximum, double value, string label)
    {
        Assert.Equal(label, AxisTicks.Within(minimum, maximum).Label(value));
    }

    [Fact]
    public void A_tick_that_should_be_zero_is_zero_not_minus_zero_or_a_rounding_residue()
    {
        var ticks = AxisTicks.Within(-0.3, 0.3);

        Assert.Equal([-0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3], ticks.Values);
        Assert.False(double.IsNegative(ticks.Values[3]));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(double.NaN, 1)]
    [InlineData(0, double.PositiveInfinity)]
    public void An_empty_or_reversed_range_is_refused(double minimum, double maximum)
    {
        var error = Assert.Throws<ArgumentException>(() => AxisTicks.Within(minimum, maximum));
        Assert.Contains("minimum < maximum", error.Message);
    }
}
