namespace SamRL.Atari.Tests.OpenPong;

/// <summary>
/// A scripted joystick player: while the ball comes towards it, it holds its paddle so that the ball meets one end of
/// it and leaves steeply, towards the half of the field away from the computer's paddle.
/// </summary>
internal static class SteepReturnPolicy
{
    private const int MiddleY = 68;

    public static byte Joystick(OpenPongMachine machine)
    {
        int target = MiddleY;
        if (machine.State == OpenPongMachine.StatePlay && machine.BallVelocityX > 0)
        {
            // Meeting the paddle's top end (ball bottom on the paddle's top line) sends the ball up; its bottom end, down.
            target = machine.ComputerPaddleY < MiddleY ? machine.BallY - 14 : machine.BallY + 2;
        }

        target = Math.Clamp(target, 0, 136);
        return machine.PlayerPaddleY > target + 1 ? OpenPongMachine.JoystickUp
            : machine.PlayerPaddleY < target - 1 ? OpenPongMachine.JoystickDown
            : OpenPongMachine.JoystickIdle;
    }
}
