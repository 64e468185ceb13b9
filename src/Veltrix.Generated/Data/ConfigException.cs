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

    /// <summary>
    /// Creates the exception with a message of its own, for a caller that has already shown every problem elsewhere
    /// (a host that logged the list) and would otherwise have it printed again with the exception.
    /// </summary>
    /// <param name="message">What happened and where the problems are listed; <see cref="Errors"/> still holds each one.</param>
    /// <param name="errors">The problems; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="message"/> is empty, or <paramref name="errors"/> is.</exception>
    public ConfigException(string message, IEnumerable<ConfigError> errors)
        : this(message, Validated(new List<ConfigError>(errors ?? throw new ArgumentNullException(nameof(errors)))))
    {
    }

    private ConfigException(List<ConfigError> errors)
        : this(Format(errors), errors)
    {
    }

    private ConfigException(string message, List<ConfigError> errors)
        : base(string.IsNullOrEmpty(message) ? throw new ArgumentException("A ConfigException needs a message.", nameof(message)) : message)
    {
        Errors = new ReadOnlyCollection<ConfigError>(errors);
    }

    /// <summary>Every problem found, in the order found.</summary>
    public IReadOnlyList<ConfigError> Errors { get; }

    private static List<ConfigError> Validated(List<ConfigError> errors)
    {
        if (errors.Count == 0)
        {
            throw new ArgumentException("A ConfigException needs at least one error.", nameof(errors));
        }

        return errors;
    }

    private static string Format(List<ConfigError> errors)
    {
        Validated(errors);
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
