using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Primitives;

namespace Veltrix.Extensions.Hosting;

/// <summary>
/// One provider of a host's configuration that Veltrix cannot read itself (in-memory values, environment variables, the
/// command line, Azure App Configuration, Key Vault, …), read at its own position among Veltrix's sources so that
/// precedence is the host's: the keys it holds under the schema's section, with the values it holds.
/// </summary>
/// <remarks>
/// <para>
/// Origins name the environment variable or command-line argument behind a value where <see cref="ProviderOrigin"/>
/// can tell, and the provider otherwise. A key the provider holds without a value (a section, or a JSON <c>null</c>)
/// sets nothing, as with <see cref="ConfigurationBridgeSource"/>.
/// </para>
/// <para>
/// It follows the configuration's reload token, which fires when any provider reloads, but asks Veltrix to reload
/// only when its own provider's keys or values changed: a JSON file that Veltrix reads and watches itself reloads
/// through Veltrix's watcher, not a second time through the host's.
/// </para>
/// <para>
/// Its version is a hash of what it read (<see cref="BridgedData"/>), so that a reload in which no source changed
/// stops at the questions; answering reads the provider's keys under the section again, which no token can spare: a
/// provider's data changes without one when anything calls its <c>Set</c>, as <c>IConfiguration</c>'s indexer does.
/// </para>
/// </remarks>
internal sealed class ConfigurationProviderSource : IWatchableConfigSource, IVersionedConfigSource
{
    private readonly IConfiguration _configuration;
    private readonly ProviderOrigin _origins;
    private readonly string _section;

    // What the last load read; a reload of the configuration that leaves it as it is concerns another provider.
    private BridgedData? _loaded;

    // What a question read and found changed, for the load that follows it in the same reload.
    private BridgedData? _answered;

    /// <summary>Creates the source.</summary>
    /// <param name="configuration">The configuration that holds <paramref name="provider"/>, whose reload token is followed.</param>
    /// <param name="provider">The provider to read.</param>
    /// <param name="source">The source <paramref name="provider"/> was built from, when known.</param>
    /// <param name="section">Only keys under this section are read; empty reads every key.</param>
    public ConfigurationProviderSource(IConfiguration configuration, IConfigurationProvider provider, IConfigurationSource? source, string section)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(section);
        _configuration = configuration;
        Provider = provider;
        _origins = ProviderOrigin.For(provider, source);
        _section = section;
    }

    /// <summary>The provider read.</summary>
    public IConfigurationProvider Provider { get; }

    /// <inheritdoc/>
    public string Name => _origins.Description;

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
            catch (Exception ex) when (ex is InvalidOperationException or FormatException or IOException)
            {
                builder.AddError(new ConfigError(string.Empty, $"Reading the configuration provider failed: {ex.GetType().Name}: {ex.Message}", new ConfigOrigin(Name), "Source"));
                return;
            }
        }

        Volatile.Write(ref _loaded, data);
        data.WriteTo(builder);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Reads the provider's keys under the section and compares a hash of them, their values and origins with
    /// <paramref name="version"/>. What it found changed is kept for the load that follows.
    /// </remarks>
    bool IVersionedConfigSource.HasChangedSince(UInt128 version)
    {
        BridgedData now;
        try
        {
            now = Read();
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or IOException)
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
        return ChangeToken.OnChange(
            _configuration.GetReloadToken,
            static state =>
            {
                if (state.Source.ChangedSinceLoad())
                {
                    state.Context.RequestReload();
                }
            },
            (Source: this, Context: context));
    }

    /// <summary>Whether the provider's keys, values or their origins under the section differ from what the last load read.</summary>
    internal bool ChangedSinceLoad()
    {
        BridgedData now;
        try
        {
            now = Read();
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or IOException)
        {
            // The reload reports it.
            return true;
        }

        return Volatile.Read(ref _loaded) is not { } loaded || loaded.Version != now.Version;
    }

    /// <summary>Every key under the section that has a value, spelled as the provider holds it, in a stable order, with its origin.</summary>
    private BridgedData Read()
    {
        var entries = new List<BridgedEntry>();
        if (!TryFindSection(out var start))
        {
            return new BridgedData(entries);
        }

        // A stack rather than recursion: a provider's keys can nest deeper than a thread's stack allows.
        var pending = new Stack<string?>();
        pending.Push(start);
        var children = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (pending.Count > 0)
        {
            var path = pending.Pop();
            if (path is not null && Provider.TryGet(path, out var value) && value is not null)
            {
                entries.Add(new BridgedEntry(path, value, _origins.Of(path, value)));
            }

            // Sorted by the provider; a child with several keys beneath it is listed once per key.
            children.Clear();
            var keys = Provider.GetChildKeys([], path);
            var added = new List<string>();
            foreach (var child in keys)
            {
                if (children.Add(child))
                {
                    added.Add(path is null ? child : string.Concat(path, ":", child));
                }
            }

            for (var i = added.Count - 1; i >= 0; i--)
            {
                pending.Push(added[i]);
            }
        }

        return new BridgedData(entries);
    }

    /// <summary>The section's path spelled as the provider holds it (null for every key), or false when it holds none of it.</summary>
    private bool TryFindSection(out string? path)
    {
        path = null;
        if (_section.Length == 0)
        {
            return true;
        }

        foreach (var segment in _section.Split(':'))
        {
            string? match = null;
            foreach (var child in Provider.GetChildKeys([], path))
            {
                if (string.Equals(child, segment, StringComparison.OrdinalIgnoreCase))
                {
                    match = child;
                    break;
                }
            }

            if (match is null)
            {
                return false;
            }

            path = path is null ? match : string.Concat(path, ":", match);
        }

        return true;
    }
}
