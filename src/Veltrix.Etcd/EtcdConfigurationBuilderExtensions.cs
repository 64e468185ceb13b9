using System;
using System.Collections.Generic;

namespace Veltrix.Etcd;

/// <summary>Adds an etcd prefix to a configuration.</summary>
public static class EtcdConfigurationBuilderExtensions
{
    /// <summary>
    /// Adds the keys under an etcd prefix, watched: <c>/app/Server/Cache/MaxEntries</c> under <c>/app</c> sets
    /// <c>Server:Cache:MaxEntries</c>. See <see cref="EtcdConfigSource"/> for ordering and fault behaviour.
    /// </summary>
    /// <typeparam name="T">The schema type; its schema hash is checked against the one stored under the prefix.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <param name="endpoints">Client URLs such as <c>http://127.0.0.1:2379</c>, without credentials.</param>
    /// <param name="prefix">The key prefix, such as <c>/app</c>.</param>
    /// <param name="configure">Sets credentials, TLS and timings on a copy of the defaults; null keeps the defaults.</param>
    /// <returns>The builder.</returns>
    public static VeltrixConfigurationBuilder<T> AddEtcd<T>(
        this VeltrixConfigurationBuilder<T> builder,
        IReadOnlyList<Uri> endpoints,
        string prefix,
        Func<EtcdSourceOptions, EtcdSourceOptions>? configure = null)
        where T : class, IVeltrixConfig<T>
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new EtcdSourceOptions { Endpoints = endpoints, Prefix = prefix };
        return builder.AddEtcd(configure is null ? options : configure(options));
    }

    /// <summary>Adds the keys under an etcd prefix, watched, with every option given.</summary>
    /// <typeparam name="T">The schema type; its schema hash is checked against the one stored under the prefix.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <param name="options">Endpoints, prefix, credentials, TLS and timings.</param>
    /// <returns>The builder.</returns>
    public static VeltrixConfigurationBuilder<T> AddEtcd<T>(this VeltrixConfigurationBuilder<T> builder, EtcdSourceOptions options)
        where T : class, IVeltrixConfig<T>
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        return builder.AddSource(new EtcdConfigSource(options, T.Schema.HashHex));
    }
}
