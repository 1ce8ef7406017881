using SamRL.Atari.Machine;

namespace SamRL.Atari.Tests.OpenPong;

/// <summary>Joystick, paddle, FIRE and RESET, and how returns change the ball, against the rules in Roms/OpenPong/README.md.</summary>
public sealed class OpenPongControlTests
{
    [Fact]
    public void The_joystick_moves_the_paddle_three_lines_per_frame_within_the_play_area()
    {
        var machine = OpenPongMachine.StartedLikeAle();
        Assert.Equal(68, machine.PlayerPaddleY);

        machine.Run(1, OpenPongMachine.JoystickUp);
        Assert.Equal(65, machine.PlayerPaddleY);
        machine.Run(30, OpenPongMachine.JoystickUp);
        Assert.Equal(0, machine.PlayerPaddleY);
        machine.Run(10, OpenPongMachine.JoystickDown);
        Assert.Equal(30, machine.PlayerPaddleY);
        machine.Run(50, OpenPongMachine.JoystickDown);
        Assert.Equal(136, machine.PlayerPaddleY);
    }

    /// <summary>ALE wires a ROM it does not know by MD5 with joysticks, and Pong's actions RIGHT and LEFT move a paddle up and down.</summary>
    [Fact]
    public void Joystick_right_moves_the_paddle_up_and_left_moves_it_down_like_up_and_down()
    {
        var machine = OpenPongMachine.StartedLikeAle();

        machine.Run(1, OpenPongMachine.JoystickRight);
        Assert.Equal(65, machine.PlayerPaddleY);
        machine.Run(30, OpenPongMachine.JoystickRight);
        Assert.Equal(0, machine.PlayerPaddleY);
        machine.Run(10, OpenPongMachine.JoystickLeft);
        Assert.Equal(30, machine.PlayerPaddleY);
        machine.Run(50, OpenPongMachine.JoystickLeft);
        Assert.Equal(136, machine.PlayerPaddleY);
    }

    [Theory]
    [InlineData(27_450)]
    [InlineData(257_450)]
    [InlineData(408_823)]
    [InlineData(497_450)]
    [InlineData(677_450)]
    [InlineData(790_196)]
    public void A_paddle_puts_the_paddle_where_its_pot_charges(int resistance)
    {
        var machine = OpenPongMachine.PoweredOn(AtariConsoleController.Paddles);
        machine.Console.Controllers.PaddleResistance[0] = 408_823; // seen once, the game switches to the paddle
        machine.Run(3);
        machine.Console.Controllers.PaddleResistance[0] = resistance;
        machine.Run(2, OpenPongMachine.JoystickUp); // the joystick lines no longer move the paddle

        Assert.Equal(ExpectedPaddleTop(resistance), machine.PlayerPaddleY);
    }

    [Fact]
    public void The_game_waits_60_frames_to_serve_unless_fire_is_pressed()
    {
        var waiting = OpenPongMachine.StartedLikeAle();
        Assert.Equal(OpenPongMachine.StateServe, waiting.State);
        int frames = waiting.RunUntil(m => m.State == OpenPongMachine.StatePlay, limit: 100);
        Assert.Equal(60, frames);

        var firing = OpenPongMachine.StartedLikeAle();
        firing.Run(1, fire: true);
        Assert.Equal(OpenPongMachine.StatePlay, firing.State);
        Assert.True(firing.BallVelocityX > 0, "the first serve goes to the player");
        Assert.Equal(384, firing.BallSpeed);
    }

    [Fact]
    public void Fire_starts_a_game_only_when_none_is_running_and_reset_restarts_one()
    {
        var machine = OpenPongMachine.PoweredOn();
        machine.Run(100);
        Assert.Equal(OpenPongMachine.StateOver, machine.State);
        machine.Run(1, fire: true);
        Assert.Equal(OpenPongMachine.StateServe, machine.State);

        machine.RunUntil(m => m.ComputerScore == 2, limit: 1000);
        machine.Run(1, fire: true);
        Assert.Equal(2, machine.ComputerScore);
        machine.Run(1, switches: OpenPongMachine.SwitchesReset);
        Assert.Equal(0, machine.ComputerScore);
        Assert.Equal(OpenPongMachine.StateServe, machine.State);

        machine.RunUntil(m => m.ComputerScore == 21, limit: 4000);
        Assert.Equal(OpenPongMachine.StateOver, machine.State);
        machine.Run(200);
        Assert.Equal(21, machine.ComputerScore);
        machine.Run(1, fire: true);
        Assert.Equal(0, machine.ComputerScore);
        Assert.Equal(OpenPongMachine.StateServe, machine.State);
    }

    [Fact]
    public void Each_return_speeds_the_ball_up_and_the_players_return_angle_follows_where_the_ball_met_the_paddle()
    {
        var machine = OpenPongMachine.StartedLikeAle();
        int playerReturns = 0;
        int computerReturns = 0;
        for (int frame = 0; frame < 2000; frame++)
        {
            int velocityBefore = machine.BallVelocityX;
            int speedBefore = machine.BallSpeed;
            int paddleBefore = machine.PlayerPaddleY;
            machine.Run(1, SteepReturnPolicy.Joystick(machine));
            bool returned = machine.State == OpenPongMachine.StatePlay && velocityBefore * machine.BallVelocityX < 0;
            if (!returned)
            {
                continue;
            }

            Assert.Equal(Math.Min(speedBefore + 16, 768), machine.BallSpeed);
            Assert.Equal(machine.BallSpeed, Math.Abs(machine.BallVelocityX));
            if (velocityBefore > 0)
            {
                int meetingLine = machine.BallY + 3 - paddleBefore; // 0: the ball's bottom line on the paddle's top line
                Assert.Equal(ExpectedReturnVelocityY(meetingLine), machine.BallVelocityY);
                playerReturns++;
            }
            else
            {
                computerReturns++;
            }
        }

        Assert.True(playerReturns >= 5 && computerReturns >= 5, $"expected a rally; saw {playerReturns} player and {computerReturns} computer returns");
    }

    [Fact]
    public void Steep_returns_beat_the_computer()
    {
        var machine = OpenPongMachine.StartedLikeAle();
        for (int frame = 0; frame < 6000 && machine.PlayerScore == 0; frame++)
        {
            machine.Run(1, SteepReturnPolicy.Joystick(machine));
        }

        Assert.True(machine.PlayerScore > 0, $"the steep-return player did not score in 6000 frames (computer {machine.ComputerScore})");
    }

    /// <summary>
    /// ALE's pot rule (ALE_REFERENCE §4.2): INPT0 reads charged once more than floor(1.6 R 1e-8 1.19e6) cycles have
    /// passed since the dump was released. The game releases it 8 cycles into picture line 0 and samples INPT0 18 cycles
    /// into each play line (picture line 32 + p); the paddle's top is the first charged play line less 3, within 0..136.
    /// </summary>
    private static int ExpectedPaddleTop(int resistance)
    {
        long threshold = (long)Math.Floor(1.6 * resistance * 1e-8 * 1.19e6);
        int firstCharged = 0;
        while (firstCharged < 152 && (32 + firstCharged) * 76 + 18 - 8 <= threshold)
        {
            firstCharged++;
        }

        return Math.Clamp(firstCharged - 3, 0, 136);
    }

    /// <summary>From −1.5 lines per frame (384/256) at meeting line 0 in steps of 40/256 to +1.5 at line 18; +64/256 in the middle (line 9).</summary>
    private static int ExpectedReturnVelocityY(int meetingLine) => meetingLine switch
    {
        < 9 => -384 + 40 * meetingLine,
        9 => 64,
        _ => 64 + 40 * (meetingLine - 10),
    };
}
