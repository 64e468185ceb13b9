using System;
using Microsoft.Extensions.Configuration;

namespace Veltrix.Extensions.Hosting;

/// <summary>Adds a Microsoft.Extensions.Configuration <see cref="IConfiguration"/> as a Veltrix source.</summary>
public static class VeltrixConfigurationBuilderExtensions
{
    /// <summary>
    /// Adds the keys of <paramref name="configuration"/> under the schema's section (every key for a root schema), and
    /// reloads when <paramref name="configuration"/> reloads.
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
