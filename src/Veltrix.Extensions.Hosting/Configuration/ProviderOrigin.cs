using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.Configuration.EnvironmentVariables;

namespace Veltrix.Extensions.Hosting;

/// <summary>
/// Names where a Microsoft.Extensions.Configuration provider got a value, as precisely as public API allows: the
/// environment variable (<c>environment variable APP_Shop__Port</c>), the command-line argument
/// (<c>command-line argument 2</c>), or else the provider as it describes itself.
/// </summary>
/// <remarks>
/// It never decides a value: the provider read each one by its own rules. A variable or argument is named only when it
/// holds exactly the value the provider has; otherwise the origin is the provider's description, never a guess.
/// </remarks>
internal sealed class ProviderOrigin
{
    // EnvironmentVariablesConfigurationProvider.ToString(): its type name, then " Prefix: 'APP_'" when it has one.
    private const string PrefixMarker = " Prefix: '";

    private readonly ConfigOrigin _provider;
    private readonly string? _environmentPrefix;
    private readonly string[]? _args;
    private readonly IDictionary<string, string>? _switchMappings;

    // The arguments as Veltrix's command-line parser reads them (it accepts the forms the provider does), each key
    // with the argument that set it; parsed on first use.
    private ConfigNode? _arguments;

    private ProviderOrigin(ConfigOrigin provider, string? environmentPrefix, string[]? args, IDictionary<string, string>? switchMappings)
    {
        _provider = provider;
        _environmentPrefix = environmentPrefix;
        _args = args;
        _switchMappings = switchMappings;
    }

    /// <summary>The provider as it describes itself, such as <c>MemoryConfigurationProvider</c>.</summary>
    public string Description => _provider.Source;

    /// <summary>Creates the namer of <paramref name="provider"/>.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="source">The source it was built from, when known (a <see cref="IConfigurationBuilder"/> lists them): the
    /// public place of an environment prefix and of command-line arguments.</param>
    public static ProviderOrigin For(IConfigurationProvider provider, IConfigurationSource? source)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var description = provider.ToString() is { Length: > 0 } text ? text : provider.GetType().Name;
        var origin = new ConfigOrigin(description);

        // Exact types only: a derived provider may read variables or arguments by rules of its own.
        if (provider.GetType() == typeof(EnvironmentVariablesConfigurationProvider))
        {
            var prefix = source is EnvironmentVariablesConfigurationSource environment ? environment.Prefix ?? string.Empty : PrefixOf(description);
            return new ProviderOrigin(origin, prefix, null, null);
        }

        // The provider keeps its arguments to itself (Args is protected); its source lists them.
        if (provider.GetType() == typeof(CommandLineConfigurationProvider) && source is CommandLineConfigurationSource { Args: { } args } commandLine)
        {
            return new ProviderOrigin(origin, null, [.. args], commandLine.SwitchMappings);
        }

        return new ProviderOrigin(origin, null, null, null);
    }

    /// <summary>
    /// The source each provider of <paramref name="configuration"/> was built from, when it lists them one for one with
    /// its providers (a <c>ConfigurationManager</c>, the configuration of <c>Host.CreateApplicationBuilder</c>, does).
    /// </summary>
    /// <param name="configuration">The configuration.</param>
    /// <param name="providerCount">How many providers it has.</param>
    public static IList<IConfigurationSource>? SourcesOf(IConfiguration configuration, int providerCount)
        => configuration is IConfigurationBuilder { Sources: { } sources } && sources.Count == providerCount ? sources : null;

    /// <summary>Where <paramref name="key"/>'s value <paramref name="value"/> came from.</summary>
    /// <param name="key">The key, spelled as the provider holds it.</param>
    /// <param name="value">The provider's value of the key.</param>
    public ConfigOrigin Of(string key, string value)
    {
        if (_environmentPrefix is not null && VariableOf(_environmentPrefix, key, value) is { } variable)
        {
            return new ConfigOrigin(string.Concat("environment variable ", variable));
        }

        if (_args is not null && ArgumentOf(key, value) is { } argument)
        {
            return argument;
        }

        return _provider;
    }

    /// <summary>The prefix in the provider's description, empty when it has none, or null when the description has another form.</summary>
    private static string? PrefixOf(string description)
    {
        const string TypeName = nameof(EnvironmentVariablesConfigurationProvider);
        if (description == TypeName)
        {
            return string.Empty;
        }

        return description.Length > TypeName.Length + PrefixMarker.Length
            && description.StartsWith(TypeName + PrefixMarker, StringComparison.Ordinal)
            && description.EndsWith('\'')
            ? description[(TypeName.Length + PrefixMarker.Length)..^1]
            : null;
    }

    /// <summary>The variable that holds <paramref name="value"/> for <paramref name="key"/>, or null when none does now.</summary>
    private static string? VariableOf(string prefix, string key, string value)
    {
        // The provider maps "__" to ":" in names and prefix alike, so APP_Shop__Port under "APP_" is Shop:Port.
        var name = string.Concat(prefix, key).Replace(":", "__", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable(name) == value)
        {
            return name;
        }

        // Spelled in another case than the key (the provider compares ignoring case), or with ':' itself.
        var normalized = string.Concat(prefix.Replace("__", ":", StringComparison.Ordinal), key);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string candidate
                && entry.Value as string == value
                && string.Equals(candidate.Replace("__", ":", StringComparison.Ordinal), normalized, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The argument that set <paramref name="key"/> to <paramref name="value"/>, or null when it cannot be told.</summary>
    private ConfigOrigin? ArgumentOf(string key, string value)
    {
        var arguments = Volatile.Read(ref _arguments);
        if (arguments is null)
        {
            arguments = ParseArguments();
            Volatile.Write(ref _arguments, arguments);
        }

        // A key given twice is kept at its first argument by Veltrix and at its last by the provider: the values then
        // differ, and the provider's description is the honest origin.
        return arguments.Find(key) is { HasValue: true } node && node.Value == value ? node.Origin : null;
    }

    private ConfigNode ParseArguments()
    {
        var data = new ConfigDataBuilder();
        data.BeginSource("command line");
        try
        {
            var mappings = _switchMappings is null ? null : new Dictionary<string, string>(_switchMappings, StringComparer.OrdinalIgnoreCase);
            new CommandLineSource(_args!, mappings).Load(data);
        }
        catch (ArgumentException)
        {
            // Mappings the provider accepted and Veltrix does not: no argument is named, the provider is.
            return new ConfigDataBuilder().Root;
        }

        return data.Root;
    }
}
