namespace SamRL.Runner.Supervised;

/// <summary>A one-line description of the machine a run used, for results files: cores, OS and kernel, .NET version.</summary>
public static class HardwareDescription
{
    /// <summary>The description, e.g. <c>2 cores, Linux 6.1, .NET 10.0.1</c> (on Linux the version is the kernel's).</summary>
    public static string Current()
    {
        var version = Environment.OSVersion.Version;
        var system = OperatingSystem.IsLinux() ? "Linux" : OperatingSystem.IsMacOS() ? "macOS" : OperatingSystem.IsWindows() ? "Windows" : "unknown OS";
        return $"{Environment.ProcessorCount} cores, {system} {version.Major}.{version.Minor}, .NET {Environment.Version}";
    }
}
