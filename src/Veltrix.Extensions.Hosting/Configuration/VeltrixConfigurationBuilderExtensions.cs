using System;
using Microsoft.Extensions.Configuration;

namespace Veltrix.Extensions.Hosting;

/// <summary>Adds a Microsoft.Extensions.Configuration <see cref="IConfiguration"/> as Veltrix sources.</summary>
public static class VeltrixConfigurationBuilderExtensions
{
    /// <summary>
    /// Adds what a host's configuration reads, provider by provider and in the host's order, so that precedence is
    /// exactly the host's: each JSON file (<c>appsettings*.json</c>, user secrets) is read by Veltrix itself, with the
    /// same path, <c>optional</c> and <c>reloadOnChange</c>, so that errors name file and line and a save reloads through
    /// Veltrix's watcher; every other provider (environment variables, command line, in-memory, Azure, Key Vault, …) is
    /// read through its own rules at its position, with origins that name the variable or argument where it can tell.
    /// </summary>
    /// <typeparam name="T">The schema type.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <param name="configuration">The host's configuration.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <remarks>
    /// <para>
    /// A JSON file is read by Veltrix when its provider is a stock <c>JsonConfigurationProvider</c> over a file on disk
    /// (an existing file with a physical path, or a missing one under a <c>PhysicalFileProvider</c>'s root) without an
    /// <c>OnLoadException</c> handler; Veltrix's stricter rules then apply to it, as with
    /// <see cref="VeltrixConfigurationBuilder{T}.AddJsonFile(string, bool, bool)"/> (a duplicate key is an error, <c>[]</c>
    /// clears a list). Any other JSON provider is read like the rest.
    /// </para>
    /// <para>
    /// Providers other than those files are read under the schema's section only, and a reload of
    /// <paramref name="configuration"/> reloads Veltrix when one of them changed; a file Veltrix watches reloads through
    /// its own watcher only. A file read with <c>reloadOnChange: false</c> is read again only when Veltrix reloads for
    /// another reason. The providers are listed once, when the configuration is built: a source added to
    /// <paramref name="configuration"/> later is not read.
    /// </para>
    /// <para>
    /// When <paramref name="configuration"/> is not an <see cref="IConfigurationRoot"/> (a section, or a configuration of
    /// one's own making), its providers are not known and it is read as one source, as by
    /// <see cref="AddConfiguration{T}(VeltrixConfigurationBuilder{T}, IConfiguration, bool)"/>.
    /// </para>
    /// </remarks>
    public static VeltrixConfigurationBuilder<T> AddHostConfiguration<T>(this VeltrixConfigurationBuilder<T> builder, IConfiguration configuration)
        where T : class, IVeltrixConfig<T>
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);
        HostConfigurationSources.Add(builder, configuration);
        return builder;
    }

    /// <summary>
    /// Adds the keys of <paramref name="configuration"/> under the schema's section (every key for a root schema) as one
    /// source, and reloads when <paramref name="configuration"/> reloads. Values and origins are those of the providers
    /// that won them; for a host's configuration, <see cref="AddHostConfiguration{T}"/> gives errors with file and line.
    /// </summary>
    /// <typeparam name="T">The schema type.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <param name="configuration">The configuration, such as the host's <see cref="IConfiguration"/>.</param>
    /// <param name="reloadOnChange">Whether to follow <see cref="IConfiguration.GetReloadToken"/>.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    public static VeltrixConfigurationBuilder<T> AddConfiguration<T>(this VeltrixConfigurationBuilder<T> builder, IConfiguration configuration, bool reloadOnChange = true)
        where T : class, IVeltrixConfig<T>
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);
        return builder.AddSource(new ConfigurationBridgeSource(configuration, T.Schema.Section, reloadOnChange));
    }
}
