using System.Diagnostics;
using System.Security.Cryptography;
using Xunit.Abstractions;
using OpenPongRom = SamRL.Atari.Roms.OpenPong;

namespace SamRL.Atari.Tests.OpenPong;

/// <summary>The embedded cartridge is the committed binary, which is what its source assembles to.</summary>
public sealed class OpenPongRomTests(ITestOutputHelper output)
{
    [Fact]
    public void Embedded_image_is_the_committed_binary_and_has_the_published_md5()
    {
        byte[] committed = File.ReadAllBytes(OpenPongFolder.PathOf("open-pong.bin"));

        Assert.Equal(committed, OpenPongRom.Rom.ToArray());
        Assert.Equal(OpenPongRom.Md5, Convert.ToHexStringLower(MD5.HashData(committed)));
    }

    [Fact]
    public void Image_is_a_4K_cartridge_that_starts_in_its_own_first_page()
    {
        ReadOnlySpan<byte> rom = OpenPongRom.Rom;

        Assert.Equal(4096, rom.Length);
        Assert.Equal(0xF000, rom[0xFFC] | rom[0xFFD] << 8); // reset vector
        Assert.Equal(0x78, rom[0]);                          // SEI, the first instruction
    }

    [Fact]
    public void Committed_binary_matches_its_source()
    {
        string? dasm = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "dasm"))
            .FirstOrDefault(File.Exists);
        if (dasm is null)
        {
            output.WriteLine("dasm is not installed: open-pong.asm was not re-assembled (apt-get install -y dasm).");
            return;
        }

        string assembled = Path.Combine(Path.GetTempPath(), $"samrl-open-pong-{Guid.NewGuid():N}.bin");
        try
        {
            var start = new ProcessStartInfo(dasm, ["open-pong.asm", "-f3", "-o" + assembled])
            {
                WorkingDirectory = OpenPongFolder.Path,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using Process process = Process.Start(start)!;
            string log = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"dasm failed on open-pong.asm:\n{log}");
            Assert.Equal(File.ReadAllBytes(OpenPongFolder.PathOf("open-pong.bin")), File.ReadAllBytes(assembled));
        }
        finally
        {
            File.Delete(assembled);
        }
    }
}
