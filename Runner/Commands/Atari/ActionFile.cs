using System.Globalization;
using SamRL.Atari.Games;
using SamRL.Runner.Cli;

namespace SamRL.Runner.Commands.Atari;

/// <summary>Reads an <c>--actions</c> file: ALE action ids (0..17) separated by whitespace or commas; <c>#</c> starts a comment.</summary>
internal static class ActionFile
{
    /// <summary>The ids in <paramref name="path"/>; at least <paramref name="steps"/> of them.</summary>
    /// <exception cref="UserInputException">The file is missing, holds something other than ids 0..17, or too few of them.</exception>
    public static int[] Read(string path, int steps)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"--actions: cannot read '{path}' ({exception.Message}).");
        }

        var actions = new List<int>();
        for (int line = 0; line < lines.Length; line++)
        {
            string content = lines[line].Split('#', 2)[0];
            foreach (string token in content.Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries))
            {
                if (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out int action) || !AtariActions.IsValid(action))
                {
                    throw new UserInputException($"--actions: '{path}' line {line + 1} has '{token}'; expected ALE action ids from 0 to 17.");
                }

                actions.Add(action);
            }
        }

        if (actions.Count < steps)
        {
            throw new UserInputException($"--actions: '{path}' holds {actions.Count} actions but --steps asks for {steps}.");
        }

        return actions.ToArray();
    }
}
