using System.CommandLine;
using SamRL.Atari.Roms;
using SamRL.Runner.Cli;

namespace SamRL.Runner.Commands;

/// <summary><c>roms</c>: the folders ROM discovery searches, in order, and what each ROM file in them is.</summary>
public static class RomsCommand
{
    /// <summary>Builds the <c>roms</c> command.</summary>
    public static Command Create()
    {
        var romDirectory = new Option<string>("--rom-dir") { Description = "A folder searched first, as for training.", HelpName = "folder" };
        var command = new Command("roms", "List the ROM folders searched (--rom-dir, SAMRL_ROM_DIR, ale-py, AutoROM), the games found in them, and the embedded open-pong.")
        {
            romDirectory,
        };
        command.SetAction(parse => CommandErrors.Run(parse.InvocationConfiguration.Error, () =>
        {
            var output = parse.InvocationConfiguration.Output;
            var folders = RomDiscovery.FromEnvironment(parse.GetValue(romDirectory)).Scan();
            if (folders.Count == 0)
            {
                output.WriteLine($"no ROM folders to search: pass --rom-dir or set {RomDiscovery.EnvironmentVariable}, or install ale-py / AutoROM.");
            }

            foreach (var folder in folders)
            {
                var state = !folder.Exists ? "missing" : folder.Files.Count == 0 ? "no ROM files" : $"{folder.Files.Count} ROM file(s)";
                output.WriteLine($"{folder.Folder.Path} [{folder.Folder.Source}]: {state}");
                foreach (var file in folder.Files)
                {
                    output.WriteLine($"  {Path.GetFileName(file.Path)}: {file.Describe()}");
                }
            }

            output.WriteLine($"embedded: {OpenPong.Name} (md5 {OpenPong.Md5}), SamRL's own open-source Pong; `pong` plays it when no Pong ROM is found.");
            return ExitCodes.Success;
        }));
        return command;
    }
}
