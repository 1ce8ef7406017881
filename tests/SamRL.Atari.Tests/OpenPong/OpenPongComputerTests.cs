namespace SamRL.Atari.Tests.OpenPong;

/// <summary>
/// The computer's paddle, frame by frame, against the rules in Roms/OpenPong/README.md ("Play") written out as a loop:
/// while the ball comes towards it, it stands still for 12 frames after the ball turns, then moves towards the ball's top
/// line + its aim (RAM $93) − 10; otherwise towards the middle (68). It moves 1 line a frame, 2 on every 16th frame
/// (1/16 added to a fraction each frame it does not stand still), and stops on its target. In mode 1 it waits 6 frames
/// and moves 1.375 lines a frame (3/8 added to the fraction).
/// </summary>
public sealed class OpenPongComputerTests
{
    private const int AimBias = 10;
    private const int MiddleY = 68;
    private const int MaxY = 136;
    private const int AimAddress = 0x93;
    private const int StepFractionAddress = 0xAA;

    [Theory]
    [InlineData(0, 12, 16)]
    [InlineData(1, 6, 96)]
    public void The_computer_waits_its_reaction_time_after_the_ball_turns_then_follows_it_at_its_modes_speed(int mode, int reactionFrames, int fractionStep)
    {
        var machine = OpenPongMachine.StartedLikeAle(mode: mode);
        int fraction = machine.Read(StepFractionAddress);
        int reaction = 0;
        bool ballWasComingLeft = false;
        int framesStandingStill = 0;
        int doubleSteps = 0;
        int framesFollowing = 0;
        for (int frame = 0; frame < 3000; frame++)
        {
            int before = machine.ComputerPaddleY;
            machine.Run(1, SteepReturnPolicy.Joystick(machine));

            bool ballComingLeft = machine.State == OpenPongMachine.StatePlay && machine.BallVelocityX < 0;
            if (ballComingLeft && !ballWasComingLeft)
            {
                reaction = reactionFrames;
            }

            ballWasComingLeft = ballComingLeft;
            int expected = before;
            if (ballComingLeft && reaction > 0)
            {
                reaction--;
                framesStandingStill++;
            }
            else
            {
                int target = ballComingLeft ? Math.Clamp(machine.BallY + machine.Read(AimAddress) - AimBias, 0, MaxY) : MiddleY;
                fraction += fractionStep;
                int step = fraction >= 256 ? 2 : 1;
                fraction &= 255;
                expected = before + Math.Clamp(target - before, -step, step);
                if (ballComingLeft)
                {
                    framesFollowing++;
                    doubleSteps += Math.Abs(expected - before) == 2 ? 1 : 0;
                }
            }

            Assert.True(expected == machine.ComputerPaddleY,
                $"frame {frame}: the computer's paddle should be at {expected} (from {before}); it is at {machine.ComputerPaddleY}");
        }

        Assert.True(framesStandingStill >= 10 * reactionFrames && framesFollowing >= 500 && doubleSteps >= 10,
            $"the run should cover many turns and moves: {framesStandingStill} frames standing still, {framesFollowing} following, {doubleSteps} double steps");
    }
}
