using System;
using System.Collections.Generic;
using Veltrix.Etcd;
using Veltrix.Tool.Inputs;

namespace Veltrix.Tool.Binding;

/// <summary>
/// The sources one deploy gives an app, in the order it merges them: files and directories (as <c>check</c> reads
/// them, one environment's overlay only), then etcd, then command-line arguments; each is a runtime source, so merging
/// and origins are the runtime's own.
/// </summary>
internal sealed class ConfigSet : IDisposable
{
    private ConfigSet(IReadOnlyList<IConfigSource> sources, string? environment)
    {
        Sources = sources;
        Environment = environment;
    }

    /// <summary>The sources, in merge order.</summary>
    public IReadOnlyList<IConfigSource> Sources { get; }

    /// <summary>The environment whose overlay was taken, or null.</summary>
    public string? Environment { get; }

    /// <summary>Builds the set.</summary>
    /// <param name="paths">Files and directories, in merge order.</param>
    /// <param name="environment">The environment (<c>--environment</c>), or null to take the only overlay there is.</param>
    /// <param name="environmentPrefix">The app's environment-variable prefix.</param>
    /// <param name="etcd">etcd to read after the files, or null.</param>
    /// <param name="arguments">Command-line arguments, as the app would receive them.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ToolException">A path is missing, or several overlays and no environment.</exception>
    public static ConfigSet Create(IReadOnlyList<string> paths, string? environment, string environmentPrefix, EtcdSourceOptions? etcd, IReadOnlyList<string> arguments)
    {
        var layers = ConfigInputs.Read(paths, environmentPrefix);
        environment ??= OnlyOverlay(layers);
        var sources = new List<IConfigSource>();
        foreach (var layer in layers)
        {
            if (layer.Environment is { Length: > 0 } own && !string.Equals(own, environment, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            sources.Add(layer.Kind == LayerKind.Json ? new JsonFileSource(layer.Path) : new EntriesSource(layer));
        }

        if (etcd is not null)
        {
            sources.Add(new EtcdConfigSource(etcd));
        }

        if (arguments.Count > 0)
        {
            sources.Add(new CommandLineSource(arguments));
        }

        return new ConfigSet(sources, environment);
    }

    /// <summary>Closes the connections sources hold (etcd).</summary>
    public void Dispose()
    {
        foreach (var source in Sources)
        {
            (source as IDisposable)?.Dispose();
        }
    }

    private static string? OnlyOverlay(List<ConfigLayer> layers)
    {
        string? found = null;
        foreach (var layer in layers)
        {
            if (layer.Environment is not { Length: > 0 } environment)
            {
                continue;
            }

            if (found is not null && !string.Equals(found, environment, StringComparison.OrdinalIgnoreCase))
            {
                throw new ToolException($"the files hold overlays of several environments ({found}, {environment}); pick one with --environment.");
            }

            found = environment;
        }

        return found;
    }
}
