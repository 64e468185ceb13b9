using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace Veltrix.Extensions.Hosting;

/// <summary>
/// Turns the provider list of a host's configuration into Veltrix sources, one for one and in the same order: a JSON
/// file becomes Veltrix's own <see cref="JsonFileSource"/>, every other provider a <see cref="ConfigurationProviderSource"/>.
/// </summary>
/// <remarks>Only public API is used (types, <see cref="FileConfigurationProvider.Source"/>, <see cref="IConfigurationBuilder.Sources"/>): nothing here needs reflection.</remarks>
internal static class HostConfigurationSources
{
    /// <summary>Adds the sources that read what <paramref name="configuration"/> reads.</summary>
    public static void Add<T>(VeltrixConfigurationBuilder<T> builder, IConfiguration configuration)
        where T : class, IVeltrixConfig<T>
    {
        if (configuration is not IConfigurationRoot root)
        {
            // A section, or an IConfiguration of its own making: its providers are not listed, so it is read whole.
            builder.AddConfiguration(configuration);
            return;
        }

        var providers = new List<IConfigurationProvider>(root.Providers);
        var sources = ProviderOrigin.SourcesOf(configuration, providers.Count);
        for (var i = 0; i < providers.Count; i++)
        {
            if (TryGetJsonFile(providers[i], out var path, out var optional, out var reloadOnChange))
            {
                builder.AddJsonFile(path, optional, reloadOnChange);
            }
            else
            {
                builder.AddSource(new ConfigurationProviderSource(configuration, providers[i], sources?[i], T.Schema.Section));
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="provider"/> reads a JSON file on disk by the stock rules, and which file, as Veltrix's
    /// <see cref="JsonFileSource"/> can read it instead.
    /// </summary>
    private static bool TryGetJsonFile(IConfigurationProvider provider, out string path, out bool optional, out bool reloadOnChange)
    {
        path = string.Empty;
        optional = false;
        reloadOnChange = false;

        // Exact type: a derived provider may read the file by rules of its own (decrypting it, say). A source with
        // OnLoadException lets the host ignore a broken file, which Veltrix would report; the host's rules then stay.
        if (provider.GetType() != typeof(JsonConfigurationProvider)
            || provider is not FileConfigurationProvider { Source: JsonConfigurationSource { OnLoadException: null, FileProvider: { } files, Path: { Length: > 0 } relative } source })
        {
            return false;
        }

        var file = files.GetFileInfo(relative);
        if (file.Exists)
        {
            // An embedded or in-memory file has no path that Veltrix could read or watch.
            if (string.IsNullOrEmpty(file.PhysicalPath))
            {
                return false;
            }

            path = file.PhysicalPath;
        }
        else if (files is PhysicalFileProvider physical && TryGetMissingPath(physical, relative, out var missing))
        {
            // A missing optional file (appsettings.Development.json in production): Veltrix reads it once it appears.
            path = missing;
        }
        else
        {
            return false;
        }

        optional = source.Optional;
        reloadOnChange = source.ReloadOnChange;
        return true;
    }

    /// <summary>Where a file the provider does not find would be, when it is missing rather than hidden from the provider.</summary>
    private static bool TryGetMissingPath(PhysicalFileProvider files, string relative, out string path)
    {
        path = Path.GetFullPath(Path.Combine(files.Root, relative.TrimStart('/', '\\')));

        // A path outside the root, or a file that is there but filtered out (dot-prefixed, hidden), is one the host
        // never reads: leave it to the host's provider.
        var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return path.StartsWith(files.Root, comparison) && !File.Exists(path);
    }
}
