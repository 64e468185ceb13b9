using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;

namespace Veltrix;

/// <summary>
/// Command-line arguments, in the forms Microsoft.Extensions.Configuration.CommandLine accepts:
/// <c>--key=value</c>, <c>--key value</c>, <c>/key=value</c>, <c>/key value</c>, <c>key=value</c>, and switches
/// mapped to keys (<c>-p 8080</c> or <c>--port 8080</c> for <c>Server:Port</c>).
/// </summary>
/// <remarks>
/// <para>Values are taken literally: nothing is expanded or interpreted. An argument with neither a prefix nor
/// <c>=</c> is ignored, as in Microsoft.Extensions.Configuration, so that positional arguments can sit beside
/// configuration ones.</para>
/// <para>Where Microsoft.Extensions.Configuration silently ignores or overrides, this source reports an error
/// instead: a single-dash switch missing from the mappings, a switch with no value after it, and a key given
/// twice (reported by <see cref="ConfigDataBuilder"/> with both argument numbers).</para>
/// </remarks>
public sealed class CommandLineSource : IVersionedConfigSource
{
    private readonly string[] _args;
    private readonly Dictionary<string, string>? _switchMappings;

    /// <summary>Creates the source from a copy of <paramref name="args"/> and <paramref name="switchMappings"/>.</summary>
    /// <param name="args">The arguments, such as those passed to <c>Main</c>.</param>
    /// <param name="switchMappings">
    /// Switches (<c>-p</c>, <c>--port</c>; compared case-insensitively) mapped to the full keys they set
    /// (<c>Server:Port</c>); null for none.
    /// </param>
    /// <exception cref="ArgumentException">
    /// An argument is null, or a switch does not start with <c>-</c>, has no name, contains <c>=</c>, maps to an
    /// empty key, or is given twice (ignoring case).
    /// </exception>
    public CommandLineSource(IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? switchMappings = null)
        : this(args, switchMappings, strict: false)
    {
    }

    /// <summary>Creates the source from a copy of <paramref name="args"/> and <paramref name="switchMappings"/>, optionally strict.</summary>
    /// <param name="args">The arguments, such as those passed to <c>Main</c>.</param>
    /// <param name="switchMappings">Switches mapped to the full keys they set; null for none.</param>
    /// <param name="strict">
    /// Whether an argument whose key the schema does not have is an error (naming the key it most likely meant)
    /// instead of being ignored. Positional arguments (no prefix, no <c>=</c>) are still ignored.
    /// </param>
    /// <exception cref="ArgumentException">An argument is null, or a switch mapping is invalid.</exception>
    public CommandLineSource(IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? switchMappings, bool strict)
    {
        Strict = strict;
        ArgumentNullException.ThrowIfNull(args);
        _args = new string[args.Count];
        for (var i = 0; i < _args.Length; i++)
        {
            _args[i] = args[i] ?? throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Argument {i + 1} is null."), nameof(args));
        }

        Args = new ReadOnlyCollection<string>(_args);
        if (switchMappings is not null)
        {
            _switchMappings = ValidatedCopy(switchMappings);
            SwitchMappings = new ReadOnlyDictionary<string, string>(_switchMappings);
        }
    }

    /// <summary>Whether an argument whose key the schema does not have is an error instead of being ignored.</summary>
    public bool Strict { get; }

    /// <summary>The arguments.</summary>
    public IReadOnlyList<string> Args { get; }

    /// <summary>The switch mappings, compared case-insensitively; null when there are none.</summary>
    public IReadOnlyDictionary<string, string>? SwitchMappings { get; }

    /// <inheritdoc/>
    public string Name => "command line";

    /// <inheritdoc/>
    public void Load(ConfigDataBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // The arguments were copied when the source was made: every load writes the same data.
        builder.DeclareVersion(UInt128.Zero);
        builder.DeclareReach(KeyReach.Dedicated);
        if (Strict)
        {
            builder.ReportUnknownKeys(UnknownKeyScope.All);
        }

        for (var i = 0; i < _args.Length; i++)
        {
            var argument = _args[i];
            var separator = argument.IndexOf('=', StringComparison.Ordinal);

            // The switch is everything before '='; messages quote only it, never a value.
            var name = separator < 0 ? argument : argument[..separator];
            var prefix = name.StartsWith("--", StringComparison.Ordinal) ? 2 : name.StartsWith('-') || name.StartsWith('/') ? 1 : 0;
            if (prefix == 0 && separator < 0)
            {
                continue;
            }

            var origin = new ConfigOrigin(string.Create(CultureInfo.InvariantCulture, $"command-line argument {i + 1}"));
            string key;
            if (_switchMappings is not null && _switchMappings.TryGetValue(MappingName(name), out var mapped))
            {
                key = mapped;
            }
            else if (prefix == 1 && name[0] == '-')
            {
                builder.AddError(new ConfigError(
                    string.Empty,
                    string.Concat("The switch '", name, "' is not in the switch mappings. A single-dash switch must be mapped to a key; write '-", name, "' to set the key '", name[1..], "'."),
                    origin,
                    "Syntax"));
                continue;
            }
            else
            {
                key = name[prefix..];
            }

            string value;
            if (separator >= 0)
            {
                value = argument[(separator + 1)..];
            }
            else if (i + 1 < _args.Length)
            {
                // As in MEC, the next argument is the value whatever it looks like: "--a --b" sets a to "--b".
                value = _args[++i];
            }
            else
            {
                builder.AddError(new ConfigError(
                    key,
                    string.Concat("The switch '", name, "' has no value: it is the last argument. Write '", name, "=value' or '", name, " value'."),
                    origin,
                    "Syntax"));
                continue;
            }

            builder.Set(key, value, origin);
        }
    }

    /// <inheritdoc/>
    bool IVersionedConfigSource.HasChangedSince(UInt128 version) => version != UInt128.Zero;

    // "/name" is looked up as "--name", as MEC does, so that one mapping serves both spellings.
    private static string MappingName(string name) => name.StartsWith('/') ? string.Concat("--", name.AsSpan(1)) : name;

    private static Dictionary<string, string> ValidatedCopy(IReadOnlyDictionary<string, string> switchMappings)
    {
        var copy = new Dictionary<string, string>(switchMappings.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in switchMappings)
        {
            if (key is null || !key.StartsWith('-') || key.TrimStart('-').Length == 0 || key.Contains('=', StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    string.Concat("The switch mapping '", key, "' is invalid: a switch starts with '-' or '--', has a name, and contains no '='."),
                    nameof(switchMappings));
            }

            if (string.IsNullOrEmpty(value))
            {
                throw new ArgumentException(string.Concat("The switch '", key, "' maps to an empty key."), nameof(switchMappings));
            }

            if (!copy.TryAdd(key, value))
            {
                throw new ArgumentException(
                    string.Concat("The switch '", key, "' is mapped twice; switches are compared case-insensitively."),
                    nameof(switchMappings));
            }
        }

        return copy;
    }
}
