using SamRL.Environments.Core;
using SamRL.Environments.Registry;

namespace SamRL.Environments.Episodes;

/// <summary>
/// Connects episode files to the environment registry: the header's <see cref="EpisodeHeader.Settings"/> hold
/// the environment's fully resolved registry options, so any registered environment can be rebuilt for replay
/// from the header alone.
/// </summary>
public static class RegistryEpisodes
{
    /// <summary>
    /// The settings to store in a header for <paramref name="environmentId"/> made with
    /// <paramref name="options"/>: every documented option, defaults filled in, so a later change of a
    /// default cannot change the replay.
    /// </summary>
    /// <exception cref="ArgumentException">Unknown id or invalid options.</exception>
    public static IReadOnlyDictionary<string, string> Settings(EnvRegistry registry, string environmentId, EnvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var resolved = registry.Find(environmentId).Resolve(options);
        return resolved.Names.ToDictionary(name => name, resolved.GetString, StringComparer.Ordinal);
    }

    /// <summary>An environment factory for <see cref="EpisodeReplay{TObservation}"/> that makes the header's environment from <paramref name="registry"/>.</summary>
    public static Func<EpisodeHeader, IEnv<TObservation, int>> Factory<TObservation>(EnvRegistry registry)
        where TObservation : unmanaged
    {
        ArgumentNullException.ThrowIfNull(registry);
        return header =>
        {
            var options = header.Settings.Aggregate(EnvOptions.Empty, (current, setting) => current.With(setting.Key, setting.Value));
            return registry.Make<TObservation, int>(header.EnvironmentId, options);
        };
    }
}
