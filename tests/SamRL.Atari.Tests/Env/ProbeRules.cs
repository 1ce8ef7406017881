using SamRL.Atari.Games;

namespace SamRL.Atari.Tests.Env;

/// <summary>
/// Rules for the probe ROM: the reward of a frame is the change of its frame counter ($83, so 1 per completed frame),
/// and the game ends when the counter reaches <paramref name="terminalAtFrame"/>.
/// </summary>
internal sealed class ProbeRules(int terminalAtFrame) : GameRules
{
    private int previous;

    public override void Reset()
    {
        Reward = 0;
        previous = 0;
        IsTerminal = false;
    }

    public override void Step(ReadOnlySpan<byte> ram)
    {
        int counter = Read(ram, ProbeRom.FrameCounter);
        Reward = counter - previous;
        previous = counter;
        IsTerminal = counter >= terminalAtFrame;
    }
}
