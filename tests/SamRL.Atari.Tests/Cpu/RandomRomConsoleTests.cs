using SamRL.Atari.Machine;
using SamRL.Atari.Machine.Cartridges;

namespace SamRL.Atari.Tests.Cpu;

/// <summary>
/// Random bytes as a ROM of every scheme, run on the whole console: the only exception allowed is the documented
/// halt on a jam opcode, after which a system reset restarts the machine.
/// </summary>
public class RandomRomConsoleTests
{
    [Theory]
    [MemberData(nameof(RandomProgramTests.Schemes), MemberType = typeof(RandomProgramTests))]
    public void RandomRomsRunOnTheConsoleWithOnlyTheHaltException(CartridgeType type, int size)
    {
        var random = new Random(4_753_849 + size + (int)type);
        int frames = 0, halts = 0;
        for (int rom = 0; rom < 2; rom++)
        {
            byte[] image = new byte[size];
            random.NextBytes(image);
            var console = new AtariConsole(image, new AtariConsoleOptions
            {
                RomName = $"random-{type}-{rom}.bin",
                CartridgeType = type,
                Standard = TiaVideoStandard.Ntsc,
            });
            console.PowerOn();
            for (int frame = 0; frame < 40; frame++)
            {
                try
                {
                    console.RunFrame();
                    frames++;
                }
                catch (AtariConsoleHaltedException halt)
                {
                    Assert.Equal(halt.Opcode, console.Cpu.JamOpcode);
                    halts++;
                    console.SystemReset();
                }
            }
        }

        Assert.Equal(80, frames + halts);
    }
}
