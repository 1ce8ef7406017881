using SamRL.Atari.Env;
using SamRL.Runner.Cli;

namespace SamRL.Runner.Commands.Atari;

/// <summary>
/// <c>atari trace</c>: loads the ROM as ALE's <c>loadROM</c> does, then calls act() <c>Steps</c> times with frame skip 1,
/// writing a <c>reset</c> line after loading and after every automatic reset (on game over), and a <c>step</c> line
/// per act(). The same run with ALE gives the same lines when the emulation matches.
/// </summary>
internal static class AtariTrace
{
    /// <summary>Runs the trace and returns the number of lines written.</summary>
    /// <exception cref="UserInputException">A bad ROM, actions file or output path.</exception>
    public static int Run(TraceSettings settings, TextWriter error)
    {
        var rom = AtariRomLoader.Load(settings.RomPath, settings.GameName, error);
        int[]? fileActions = settings.ActionsPath is null ? null : ActionFile.Read(settings.ActionsPath, settings.Steps);
        StreamWriter output;
        try
        {
            output = new StreamWriter(settings.OutputPath, append: false) { NewLine = "\n" };
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"--out: cannot write '{settings.OutputPath}' ({exception.Message}).");
        }

        using (output)
        {
            return AtariRomLoader.GuardHalt(settings.RomPath, () =>
            {
                var ale = new AleInterface(rom, new AleSettings { RepeatActionProbability = settings.StickyProbability, RandomSeed = settings.RandomSeed });
                var actions = fileActions is not null ? ActionSource.FromList(fileActions)
                    : settings.Policy == "random" ? ActionSource.Random(rom.Game.MinimalActions, settings.ActionSeed)
                    : ActionSource.Noop();
                var writer = new TraceWriter(output);
                int lines = 1;
                writer.Reset(0, ale);
                for (int step = 0; step < settings.Steps; step++)
                {
                    int action = actions.Next(step);
                    int reward = ale.Act(action);
                    writer.Step(step, action, reward, ale);
                    lines++;
                    if (ale.IsGameOver)
                    {
                        ale.ResetGame();
                        writer.Reset(step + 1, ale);
                        lines++;
                    }
                }

                return lines;
            });
        }
    }
}
