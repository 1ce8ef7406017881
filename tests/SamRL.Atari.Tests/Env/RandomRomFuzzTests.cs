using SamRL.Atari.Env;
using SamRL.Atari.Games;
using SamRL.Atari.Machine;
using SamRL.Atari.Roms;

namespace SamRL.Atari.Tests.Env;

/// <summary>
/// Random bytes as cartridges: frames in total over many random ROMs, through the whole environment path
/// (power-on, resets, sticky actions, joystick and paddle input, the rules of Pong and Boxing on random RAM). The only
/// exception allowed is the documented halt on a jam opcode, after which the next ROM is tried. Mode selection is left
/// out: random code never shows a mode byte, and that failure is reported by its own exception (tested on the probe).
/// Random code mostly runs 290-line or 25,000-instruction frames (about a millisecond each), so the suite runs
/// 10,000 frames; set SAMRL_FUZZ_FRAMES=100000 for the full run.
/// </summary>
public sealed class RandomRomFuzzTests
{
    private const int FramesPerRom = 500;

    private static long TotalFrames =>
        long.TryParse(Environment.GetEnvironmentVariable("SAMRL_FUZZ_FRAMES"), out long frames) && frames > 0 ? frames : 10_000;

    [Fact]
    public void Random_roms_run_with_no_exception_but_the_halt()
    {
        var random = new Random(2026);
        int[] sizes = [2048, 4096, 8192];
        GameDefinition[] games = [GameTable.Find("pong") with { ModeSelection = null }, GameTable.Find("boxing")];
        long frames = 0;
        int roms = 0;
        int halts = 0;
        while (frames < TotalFrames)
        {
            var image = new byte[sizes[roms % sizes.Length]];
            random.NextBytes(image);
            roms++;
            AleInterface? ale = null;
            try
            {
                ale = new AleInterface(AtariRom.ForGame(image, $"random-{roms}.bin", games[roms % games.Length]), new AleSettings { RandomSeed = (uint)roms });
                for (int frame = 0; frame < FramesPerRom && frames < TotalFrames; frame++)
                {
                    ale.Act(random.Next(AtariActions.Count));
                    frames++;
                    if (ale.IsGameOver)
                    {
                        ale.ResetGame();
                    }
                }
            }
            catch (AtariConsoleHaltedException halt)
            {
                halts++;
                // A halt while loading counts the console frames run so far; a halt while playing, its own frame.
                frames += ale is null ? halt.Frame + 1 : 1;
            }
        }

        Assert.True(roms > 1);
        Assert.True(halts > 0, "Random code should hit a jam opcode sometimes.");
    }
}
