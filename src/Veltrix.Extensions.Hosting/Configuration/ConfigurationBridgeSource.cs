using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Primitives;

namespace Veltrix.Extensions.Hosting;

/// <summary>
/// Feeds Veltrix from a Microsoft.Extensions.Configuration <see cref="IConfiguration"/>, so that every provider written
/// for it (appsettings files, environment variables, Azure App Configuration, Key Vault, Consul, …) feeds Veltrix too,
/// and follows the configuration's reload token.
/// </summary>
/// <remarks>
/// <para>
/// Each load reads every key that has a value (<see cref="ConfigurationExtensions.AsEnumerable(IConfiguration)"/>) under
/// the section, or the whole configuration when the section is empty. When <see cref="IConfiguration"/> is an
/// <see cref="IConfigurationRoot"/> (as a host's configuration is), each value's origin names the provider that won it,
/// or more precisely the environment variable (<c>environment variable APP_Server__Port</c>) or command-line argument
/// (<c>command-line argument 2</c>, when the configuration lists its sources) that set it.
/// </para>
/// <para>
/// <c>AddVeltrix&lt;T&gt;()</c> and <see cref="VeltrixConfigurationBuilderExtensions.AddHostConfiguration{T}"/> read a
/// host's configuration provider by provider instead, with its JSON files read by Veltrix itself, so that errors carry
/// file and line; this source reads any <see cref="IConfiguration"/> as one.
/// </para>
/// <para>
/// Microsoft.Extensions.Configuration stores an empty JSON array or object as an empty string; Veltrix binds an empty
/// string at a list, dictionary or section key as that empty collection, so <c>"Hosts": []</c> means what it says.
/// </para>
/// <para>
/// Its version is a hash of every key, value and origin it read, so that a reload that finds the section as it was
/// stops there, without merging or binding; answering reads the section again, as a load would. Reload tokens cannot
/// stand in for that read: a provider's data changes without any token firing when anything calls its <c>Set</c>, as
/// the configuration's own indexer does for every provider.
/// </para>
/// </remarks>
public sealed class ConfigurationBridgeSource : IWatchableConfigSource, IVersionedConfigSource
{
    private readonly IConfiguration _configuration;

    // What a question read and found changed, for the load that follows it in the same reload.
    private BridgedData? _answered;

    /// <summary>Creates the source.</summary>
    /// <param name="configuration">The configuration to read; a host's <see cref="IConfiguration"/>, or any root or section.</param>
    /// <param name="section">Only keys under this section (<c>Server</c>) are read; empty reads every key.</param>
    /// <param name="reloadOnChange">Whether a reload of <paramref name="configuration"/> reloads Veltrix.</param>
    public ConfigurationBridgeSource(IConfiguration configuration, string section = "", bool reloadOnChange = true)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(section);
        _configuration = configuration;
        Section = section;
        ReloadOnChange = reloadOnChange;
    }

    /// <summary>The section whose keys are read; empty for every key.</summary>
    public string Section { get; }

    /// <summary>Whether a reload of the configuration reloads Veltrix.</summary>
    public bool ReloadOnChange { get; }

    /// <inheritdoc/>
    public string Name => Section.Length == 0 ? "IConfiguration" : $"IConfiguration section '{Section}'";

    /// <inheritdoc/>
    public void Load(ConfigDataBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var data = Interlocked.Exchange(ref _answered, null);
        if (data is null)
        {
            try
            {
                data = Read();
            }
            catch (Exception ex) when (ex is InvalidOperationException or FormatException or System.IO.IOException)
            {
                builder.AddError(new ConfigError(string.Empty, $"Reading the configuration failed: {ex.GetType().Name}: {ex.Message}", new ConfigOrigin(Name), "Source"));
                return;
            }
        }

        data.WriteTo(builder);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Reads the section again and compares a hash of its keys, values and origins with <paramref name="version"/>;
    /// merges nothing. What it found changed is kept for the load that follows.
    /// </remarks>
    bool IVersionedConfigSource.HasChangedSince(UInt128 version)
    {
        BridgedData now;
        try
        {
            now = Read();
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or System.IO.IOException)
        {
            // The load reports it.
            return true;
        }

        if (now.Version == version)
        {
            return false;
        }

        Volatile.Write(ref _answered, now);
        return true;
    }

    /// <inheritdoc/>
    public IDisposable? Watch(ConfigWatchContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ReloadOnChange
            ? ChangeToken.OnChange(_configuration.GetReloadToken, static ctx => ctx.RequestReload(), context)
            : null;
    }

    /// <summary>Every key under the section that has a value, with the origin of the provider that won it.</summary>
    /// <remarks>A provider that fails mid-enumeration throws here, for the load to report like any other source problem.</remarks>
    private BridgedData Read()
    {
        var origins = Origins();
        var pairs = Section.Length == 0 ? _configuration.AsEnumerable() : _configuration.GetSection(Section).AsEnumerable();
        var entries = new List<BridgedEntry>();
        foreach (var (key, value) in pairs)
        {
            // A key without a value is a section whose children are listed separately.
            if (value is null)
            {
                continue;
            }

            // The key is not part of the origin: every message names it already.
            entries.Add(new BridgedEntry(key, value, Winner(origins, key)?.Of(key, value) ?? new ConfigOrigin(Name)));
        }

        return new BridgedData(entries);
    }

    /// <summary>The providers of the configuration, last first, each with its namer; empty when they are not listed.</summary>
    private List<(IConfigurationProvider Provider, ProviderOrigin Origin)> Origins()
    {
        var origins = new List<(IConfigurationProvider, ProviderOrigin)>();
        if (_configuration is IConfigurationRoot root)
        {
            var providers = new List<IConfigurationProvider>(root.Providers);
            var sources = ProviderOrigin.SourcesOf(_configuration, providers.Count);
            for (var i = providers.Count - 1; i >= 0; i--)
            {
                origins.Add((providers[i], ProviderOrigin.For(providers[i], sources?[i])));
            }
        }

        return origins;
    }

    /// <summary>The provider that won <paramref name="key"/>: the last one holding it.</summary>
    private static ProviderOrigin? Winner(List<(IConfigurationProvider Provider, ProviderOrigin Origin)> origins, string key)
    {
        foreach (var (provider, origin) in origins)
        {
            if (provider.TryGet(key, out _))
            {
                return origin;
            }
        }

        return null;
    }
}
