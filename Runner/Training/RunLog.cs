using Serilog;
using Serilog.Events;

namespace SamRL.Runner.Training;

/// <summary>The Serilog logger of a run: everything to the run's log file, and to the console as fits the display.</summary>
public static class RunLog
{
    private const string ConsoleTemplate = "{Timestamp:HH:mm:ss} {Message:lj}{NewLine}";
    private const string FileTemplate = "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {Message:lj}{NewLine}{Exception}";

    /// <summary>
    /// Creates the logger. With a live display on the terminal only errors go to the console (other lines would
    /// tear the display); otherwise every line goes there too, warnings and errors on stderr.
    /// </summary>
    public static Serilog.Core.Logger Create(string logFile, bool liveDisplay) =>
        new LoggerConfiguration()
            .MinimumLevel.Information()
            .WriteTo.File(logFile, outputTemplate: FileTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .WriteTo.Console(
                restrictedToMinimumLevel: liveDisplay ? LogEventLevel.Error : LogEventLevel.Information,
                outputTemplate: ConsoleTemplate,
                standardErrorFromLevel: LogEventLevel.Warning,
                formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .CreateLogger();
}
