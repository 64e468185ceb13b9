using System;
using System.Collections.Generic;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Veltrix.Extensions.Hosting;

/// <summary>Adds the Veltrix health check: <c>services.AddHealthChecks().AddVeltrixHealthCheck&lt;ServerConfig&gt;()</c>.</summary>
public static class VeltrixHealthChecksBuilderExtensions
{
    /// <summary>Adds a <see cref="VeltrixHealthCheck{T}"/> for the configuration registered by <c>AddVeltrix&lt;T&gt;</c>.</summary>
    /// <typeparam name="T">The schema type.</typeparam>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="name">The check's name; default <c>veltrix-</c> and the schema's type name.</param>
    /// <param name="failureStatus">
    /// The status reported when the last reload was rejected or a source is unhealthy: <see cref="HealthStatus.Degraded"/>
    /// (the default, since the last good snapshot keeps serving) or <see cref="HealthStatus.Unhealthy"/>.
    /// </param>
    /// <param name="tags">Tags to filter checks by, such as <c>ready</c>.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    public static IHealthChecksBuilder AddVeltrixHealthCheck<T>(this IHealthChecksBuilder builder, string? name = null, HealthStatus failureStatus = HealthStatus.Degraded, IEnumerable<string>? tags = null)
        where T : class, IVeltrixConfig<T>
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new HealthCheckRegistration(
            name ?? "veltrix-" + typeof(T).Name,
            static provider => new VeltrixHealthCheck<T>(provider.GetRequiredService<LiveConfig<T>>()),
            failureStatus,
            tags));
    }
}
