using SamRL.Atari.Games;
using OpenPongRom = SamRL.Atari.Roms.OpenPong;

namespace SamRL.Atari.Tests.OpenPong;

/// <summary>
/// The simplest sensible Pong player, through ALE's paddle actions: it moves its paddle's middle towards the ball's
/// middle as read from RAM (no prediction) and holds it in the middle of the field between points. RIGHT moves the
/// paddle up, LEFT down, by about 23 lines per agent step at frame skip 4, hence the dead band.
/// </summary>
internal static class BallTrackingPolicy
{
    private const int MiddleY = 68;
    private const int DeadBand = 6;
    private const int PaddleMiddle = 8;
    private const int BallMiddle = 2;

    public static int Action(ReadOnlySpan<byte> ram)
    {
        bool inPlay = ram[OpenPongRom.StateAddress - 0x80] == 2;
        int target = inPlay ? ram[OpenPongRom.BallYAddress - 0x80] + BallMiddle - PaddleMiddle : MiddleY;
        int paddle = ram[OpenPongRom.PlayerPaddleYAddress - 0x80];
        return (int)(paddle > target + DeadBand ? AtariAction.Right
            : paddle < target - DeadBand ? AtariAction.Left
            : AtariAction.Noop);
    }
}
