using SamRL.Atari.Env;

namespace SamRL.Atari.Tests.Env;

/// <summary>What the 6507 sees for each action (ALE_REFERENCE §4.2), read back by the probe ROM.</summary>
public sealed class ControllerInputTests
{
    // SWCHA bits pressed (0 on the wire) by each ALE action: up $10, down $20, left $40, right $80.
    private static readonly byte[] ExpectedDirectionBits =
        [0, 0, 0x10, 0x80, 0x40, 0x20, 0x90, 0x50, 0xA0, 0x60, 0x10, 0x80, 0x40, 0x20, 0x90, 0x50, 0xA0, 0x60];

    private static readonly bool[] ExpectedFire =
        [false, true, false, false, false, false, false, false, false, false, true, true, true, true, true, true, true, true];

    [Fact]
    public void Each_joystick_action_presses_its_swcha_bits_and_inpt4()
    {
        var ale = new AleInterface(ProbeRom.Rom(ProbeRom.Joystick()), new AleSettings { RepeatActionProbability = 0 });
        for (int action = 0; action < 18; action++)
        {
            ale.Act(action);

            Assert.Equal(0xFF & ~ExpectedDirectionBits[action], ale.Ram[ProbeRom.Swcha - 0x80]);
            Assert.Equal(ExpectedFire[action], (ale.Ram[ProbeRom.Inpt4 - 0x80] & 0x80) == 0);
        }
    }

    [Fact]
    public void With_swapped_ports_each_joystick_action_presses_the_right_port_bits_and_inpt5()
    {
        var ale = new AleInterface(ProbeRom.Rom(ProbeRom.Joystick() with { SwapPorts = true }), new AleSettings { RepeatActionProbability = 0 });
        for (int action = 0; action < 18; action++)
        {
            ale.Act(action);

            Assert.Equal(0xFF & ~(ExpectedDirectionBits[action] >> 4), ale.Ram[ProbeRom.Swcha - 0x80]);
            Assert.False((ale.Ram[ProbeRom.Inpt4 - 0x80] & 0x80) == 0, $"Action {action} pressed the left fire button.");
            Assert.Equal(ExpectedFire[action], ale.Console.Controllers.RightFire);
        }
    }

    [Fact]
    public void Swapped_ports_are_refused_for_a_paddle_game()
    {
        var exception = Assert.Throws<ArgumentException>(() => new AleInterface(ProbeRom.Rom(ProbeRom.Paddles(swap: false) with { SwapPorts = true })));

        Assert.Contains("SwapPorts", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0x3F)]
    [InlineData(1, 0x7F)]
    [InlineData(2, 0xBF)]
    [InlineData(3, 0xFF)]
    public void Console_switches_read_idle_with_the_difficulty_bits(int difficulty, int expected)
    {
        var ale = new AleInterface(ProbeRom.Rom(ProbeRom.Joystick()), new AleSettings { Difficulty = difficulty });
        ale.ResetGame();
        ale.Act(0);

        Assert.Equal(expected, ale.Ram[ProbeRom.Swchb - 0x80]);
    }

    [Fact]
    public void Paddles_start_at_the_midpoint_and_move_23000_per_frame_towards_left()
    {
        var ale = new AleInterface(ProbeRom.Rom(ProbeRom.Paddles(swap: false)), new AleSettings { RepeatActionProbability = 0 });
        ale.Act(0);
        AssertChargeLines(408_823, ale.Ram[ProbeRom.Inpt0Lines - 0x80]);
        AssertChargeLines(408_823, ale.Ram[ProbeRom.Inpt1Lines - 0x80]);

        for (int frame = 0; frame < 10; frame++)
        {
            ale.Act(4);
        }

        AssertChargeLines(408_823 + (10 * 23_000), ale.Ram[ProbeRom.Inpt0Lines - 0x80]);
        AssertChargeLines(408_823, ale.Ram[ProbeRom.Inpt1Lines - 0x80]);
    }

    [Fact]
    public void Paddle_resistance_is_clamped_at_the_minimum()
    {
        var ale = new AleInterface(ProbeRom.Rom(ProbeRom.Paddles(swap: false)), new AleSettings { RepeatActionProbability = 0 });
        for (int frame = 0; frame < 40; frame++)
        {
            ale.Act(3);
        }

        AssertChargeLines(27_450, ale.Ram[ProbeRom.Inpt0Lines - 0x80]);
    }

    [Fact]
    public void Swapped_paddles_put_player_a_on_inpt1_and_its_fire_on_swcha_bit_6()
    {
        var ale = new AleInterface(ProbeRom.Rom(ProbeRom.Paddles(swap: true)), new AleSettings { RepeatActionProbability = 0 });
        for (int frame = 0; frame < 10; frame++)
        {
            ale.Act(12);
        }

        AssertChargeLines(408_823 + (10 * 23_000), ale.Ram[ProbeRom.Inpt1Lines - 0x80]);
        AssertChargeLines(408_823, ale.Ram[ProbeRom.Inpt0Lines - 0x80]);
        Assert.Equal(0xBF, ale.Ram[ProbeRom.Swcha - 0x80]);
        Assert.NotEqual(0, ale.Ram[ProbeRom.Inpt4 - 0x80] & 0x80);
    }

    [Fact]
    public void Unswapped_paddle_fire_is_swcha_bit_7()
    {
        var ale = new AleInterface(ProbeRom.Rom(ProbeRom.Paddles(swap: false)), new AleSettings { RepeatActionProbability = 0 });
        ale.Act(1);

        Assert.Equal(0x7F, ale.Ram[ProbeRom.Swcha - 0x80]);
    }

    [Fact]
    public void Paddles_return_to_the_midpoint_at_reset()
    {
        var ale = new AleInterface(ProbeRom.Rom(ProbeRom.Paddles(swap: false)), new AleSettings { RepeatActionProbability = 0 });
        for (int frame = 0; frame < 10; frame++)
        {
            ale.Act(4);
        }

        ale.ResetGame();
        ale.Act(0);

        AssertChargeLines(408_823, ale.Ram[ProbeRom.Inpt0Lines - 0x80]);
    }

    /// <summary>
    /// The probe records the last scanline on which the pot still read uncharged; the TIA charges it after
    /// floor(1.6 × R × 1e-8 × 1.19e6) cycles, so that line is the charge time in 76-cycle lines, give or take one.
    /// </summary>
    private static void AssertChargeLines(int resistance, byte measured)
    {
        double cycles = Math.Floor(1.6 * resistance * 0.01E-6 * 1.19E6);
        double lines = cycles / 76;
        Assert.InRange(measured, lines - 1.5, lines + 1);
    }
}
