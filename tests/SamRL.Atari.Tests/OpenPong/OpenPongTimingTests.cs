namespace SamRL.Atari.Tests.OpenPong;

/// <summary>Every frame is an NTSC frame of 262 lines (3 VSYNC + 37 VBLANK + 192 picture + 30 overscan), whatever the game does.</summary>
public sealed class OpenPongTimingTests
{
    private const int NtscLines = 262;
    private const int CyclesPerLine = 76;

    [Fact]
    public void Every_frame_after_the_boot_frame_has_262_lines_through_idle_reset_serve_play_and_points()
    {
        var machine = OpenPongMachine.PoweredOn();
        machine.Run(1); // the boot frame ends at the first VSYNC, after clearing RAM

        var lines = new List<int>();
        void Record(int frames, byte joystick = OpenPongMachine.JoystickIdle, bool fire = false, byte switches = OpenPongMachine.SwitchesIdle)
        {
            for (int frame = 0; frame < frames; frame++)
            {
                machine.Run(1, joystick, fire, switches);
                Assert.False(machine.Console.FrameIsPartial);
                Assert.Equal(machine.Console.FrameScanlines * CyclesPerLine, machine.Console.FrameCycles);
                lines.Add(machine.Console.FrameScanlines);
            }
        }

        Record(60);
        Record(12, switches: OpenPongMachine.SwitchesReset);
        Record(100, OpenPongMachine.JoystickUp);
        Record(100, OpenPongMachine.JoystickDown, fire: true);
        Record(400);
        Assert.True(machine.ComputerScore > 0, "the run should include points");

        Assert.All(lines, count => Assert.Equal(NtscLines, count));
    }
}
