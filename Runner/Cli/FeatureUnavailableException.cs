namespace SamRL.Runner.Cli;

/// <summary>A part the command needs is missing from this build or this machine; the message says which and why.</summary>
public sealed class FeatureUnavailableException(string message) : Exception(message);
