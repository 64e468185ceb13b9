using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text;

namespace Veltrix;

/// <summary>
/// Configuration could not be loaded, bound or validated. <see cref="Errors"/> lists every problem found,
/// not just the first, each with its key path, its origin (file, line, column) and the rule that failed.
/// </summary>
/// <remarks>Messages never contain the value of a <see cref="SecretAttribute"/> member.</remarks>
public sealed class ConfigException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="errors">The problems; at least one.</param>
    public ConfigException(IEnumerable<ConfigError> errors)
        : this(new List<ConfigError>(errors ?? throw new ArgumentNullException(nameof(errors))))
    {
    }

    /// <summary>Creates the exception for one problem.</summary>
    /// <param name="error">The problem.</param>
    public ConfigException(ConfigError error)
        : this(new List<ConfigError> { error ?? throw new ArgumentNullException(nameof(error)) })
    {
    }

    private ConfigException(List<ConfigError> errors)
        : base(Format(errors))
    {
        Errors = new ReadOnlyCollection<ConfigError>(errors);
    }

    /// <summary>Every problem found, in the order found.</summary>
    public IReadOnlyList<ConfigError> Errors { get; }

    private static string Format(List<ConfigError> errors)
    {
        if (errors.Count == 0)
        {
            throw new ArgumentException("A ConfigException needs at least one error.", nameof(errors));
        }

        if (errors.Count == 1)
        {
            return "Invalid configuration: " + errors[0];
        }

        var text = new StringBuilder("Invalid configuration (");
        text.Append(errors.Count).Append(" problems):");
        foreach (var error in errors)
        {
            text.Append(Environment.NewLine).Append("  ").Append(error);
        }

        return text.ToString();
    }
}
