using SamRL.Atari.Env;
using OpenPongRom = SamRL.Atari.Roms.OpenPong;

namespace SamRL.Atari.Tests.OpenPong;

/// <summary>
/// The game modes (Roms/OpenPong/README.md, "Modes"): the mode byte at $96, where ALE's Pong settings look for it,
/// starts at 0; each press of the console's SELECT switch toggles it between 0 and 1 and stops the game; ALE's reset
/// through the game table presses SELECT until the byte shows the requested mode.
/// </summary>
public sealed class OpenPongModeTests
{
    [Fact]
    public void Select_toggles_the_mode_once_per_press_and_stops_the_game_until_reset_starts_one()
    {
        var machine = OpenPongMachine.StartedLikeAle();
        Assert.Equal(0, machine.GameMode);
        machine.RunUntil(m => m.ComputerScore == 1, limit: 2000);

        machine.Run(1, switches: OpenPongMachine.SwitchesSelect);
        Assert.Equal(1, machine.GameMode);
        Assert.Equal(OpenPongMachine.StateOver, machine.State);
        Assert.Equal(0, machine.ComputerScore);
        Assert.Equal(0, machine.PlayerScore);

        machine.Run(30, switches: OpenPongMachine.SwitchesSelect);
        Assert.Equal(1, machine.GameMode);
        machine.Run(1);
        Assert.Equal(1, machine.GameMode);
        machine.Run(1, switches: OpenPongMachine.SwitchesSelect);
        Assert.Equal(0, machine.GameMode);
        machine.Run(1);
        machine.Run(1, switches: OpenPongMachine.SwitchesSelect);
        Assert.Equal(1, machine.GameMode);

        machine.Run(1);
        machine.Run(1, switches: OpenPongMachine.SwitchesReset);
        Assert.Equal(OpenPongMachine.StateServe, machine.State);
        Assert.Equal(1, machine.GameMode);
    }

    [Theory]
    [InlineData(OpenPongRom.NormalMode)]
    [InlineData(OpenPongRom.HardMode)]
    public void The_game_table_entry_resets_into_the_requested_mode_with_a_game_waiting_to_serve(int mode)
    {
        var ale = new AleInterface(OpenPongRom.AsAtariRom(), new AleSettings { RepeatActionProbability = 0, Mode = mode });
        ale.ResetGame();

        for (int game = 0; game < 2; game++)
        {
            Assert.Equal(mode, ale.Ram[OpenPongRom.GameModeAddress - 0x80]);
            Assert.Equal(OpenPongMachine.StateServe, ale.Ram[OpenPongRom.StateAddress - 0x80]);
            Assert.Equal(0, ale.Ram[OpenPongRom.ComputerScoreAddress - 0x80]);
            Assert.Equal(0, ale.Ram[OpenPongRom.PlayerScoreAddress - 0x80]);
            ale.Act(0);
            ale.ResetGame();
        }
    }

    [Fact]
    public void The_game_table_entry_offers_pongs_modes_and_difficulties()
    {
        Assert.Equal([0, 1], OpenPongRom.Game.Modes);
        Assert.Equal([0, 1, 2, 3], OpenPongRom.Game.Difficulties);
        Assert.Equal(0x96, OpenPongRom.Game.ModeSelection?.RamAddress);
        Assert.Equal(2, OpenPongRom.Game.ModeSelection?.FramesPerPress);
    }

    /// <summary>
    /// Mode 1's computer (1.375 lines a frame, 6 frames' reaction time) against mode 0's: the same random player, the same
    /// frames, fewer points for the player. OpenPongComputerTests checks the movement frame by frame.
    /// </summary>
    [Fact]
    public void The_hard_computer_concedes_fewer_points_to_a_steep_returner_than_the_normal_one()
    {
        int normal = PlayerPointsIn(OpenPongRom.NormalMode, frames: 6000);
        int hard = PlayerPointsIn(OpenPongRom.HardMode, frames: 6000);

        Assert.True(hard < normal, $"the hard computer should concede fewer points: {hard} in mode 1, {normal} in mode 0");
    }

    private static int PlayerPointsIn(int mode, int frames)
    {
        var machine = OpenPongMachine.StartedLikeAle(mode: mode);
        for (int frame = 0; frame < frames; frame++)
        {
            machine.Run(1, SteepReturnPolicy.Joystick(machine));
        }

        return machine.PlayerScore;
    }
}
