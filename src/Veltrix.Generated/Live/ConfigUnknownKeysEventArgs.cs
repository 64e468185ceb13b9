using System;
using System.Collections.Generic;

namespace Veltrix;

/// <summary>Describes a change in the keys a reload found that the schema does not have.</summary>
/// <param name="previous">What the load before this one found.</param>
/// <param name="unknownKeys">What this load found; empty when every key is known again.</param>
/// <param name="generation">The generation being served after the reload.</param>
public sealed class ConfigUnknownKeysEventArgs(IReadOnlyList<ConfigError> previous, IReadOnlyList<ConfigError> unknownKeys, long generation) : EventArgs
{
    /// <summary>What the load before this one found.</summary>
    public IReadOnlyList<ConfigError> Previous { get; } = previous ?? throw new ArgumentNullException(nameof(previous));

    /// <summary>
    /// Every unknown key this load found, with where it was set and the key it most likely meant; empty when every key
    /// is known again. Messages never contain a value.
    /// </summary>
    public IReadOnlyList<ConfigError> UnknownKeys { get; } = unknownKeys ?? throw new ArgumentNullException(nameof(unknownKeys));

    /// <summary>The generation being served after the reload.</summary>
    public long Generation { get; } = generation;

    /// <summary>The keys of <see cref="UnknownKeys"/> that <see cref="Previous"/> did not have: what the user just wrote.</summary>
    public IReadOnlyList<ConfigError> Added
    {
        get
        {
            var added = new List<ConfigError>();
            foreach (var key in UnknownKeys)
            {
                if (!Contains(Previous, key))
                {
                    added.Add(key);
                }
            }

            return added;
        }
    }

    private static bool Contains(IReadOnlyList<ConfigError> list, ConfigError key)
    {
        foreach (var item in list)
        {
            if (string.Equals(item.KeyPath, key.KeyPath, StringComparison.OrdinalIgnoreCase) && item.Origin.Source == key.Origin.Source)
            {
                return true;
            }
        }

        return false;
    }
}
