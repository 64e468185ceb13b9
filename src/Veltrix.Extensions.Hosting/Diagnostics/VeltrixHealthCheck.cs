using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Veltrix.Extensions.Hosting;

/// <summary>
/// Reports a <see cref="LiveConfig{T}"/>: healthy while the last reload succeeded and every source is healthy,
/// degraded when the last reload was rejected (the previous snapshot still serves) or a source is degraded or failing.
/// </summary>
/// <typeparam name="T">The schema type.</typeparam>
/// <remarks>
/// The result's data holds the generation, the key paths and rules of the last rejected reload and each unhealthy
/// source's status, never a value. A configuration that cannot be built at all fails the host at start instead.
/// </remarks>
public sealed class VeltrixHealthCheck<T> : IHealthCheck
    where T : class, IVeltrixConfig<T>
{
    private readonly LiveConfig<T> _live;

    /// <summary>Creates the check.</summary>
    /// <param name="live">The live configuration.</param>
    public VeltrixHealthCheck(LiveConfig<T> live)
    {
        ArgumentNullException.ThrowIfNull(live);
        _live = live;
    }

    /// <inheritdoc/>
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lastError = _live.LastError;
        var data = new Dictionary<string, object>
        {
            ["generation"] = _live.Generation,
        };

        var problems = new List<string>();
        if (lastError is not null)
        {
            var keys = new string[lastError.Errors.Count];
            var rules = new string[lastError.Errors.Count];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = lastError.Errors[i].KeyPath;
                rules[i] = lastError.Errors[i].Rule;
            }

            data["lastErrorKeys"] = keys;
            data["lastErrorRules"] = rules;
            problems.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"the last reload was rejected ({keys.Length} problem(s) at {string.Join(", ", keys)}); generation {_live.Generation} still serves"));
        }

        foreach (var health in _live.SourceHealth)
        {
            if (health.Status != ConfigSourceStatus.Healthy)
            {
                data["source:" + health.Source] = health.Status.ToString();
                problems.Add($"source {health.Source} is {health.Status}{(health.Message is { } m ? ": " + m : string.Empty)}");
            }
        }

        var result = problems.Count == 0
            ? HealthCheckResult.Healthy($"{typeof(T).Name} generation {_live.Generation}", data)
            : new HealthCheckResult(
                context.Registration?.FailureStatus is HealthStatus.Unhealthy ? HealthStatus.Unhealthy : HealthStatus.Degraded,
                $"{typeof(T).Name}: {string.Join("; ", problems)}",
                data: data);
        return Task.FromResult(result);
    }
}
