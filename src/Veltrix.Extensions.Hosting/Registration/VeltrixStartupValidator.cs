using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Veltrix.Extensions.Hosting;

/// <summary>
/// Builds the configuration while the host starts, before any hosted service's <c>StartAsync</c>, so that a bad
/// configuration stops the host with its <see cref="ConfigException"/> instead of failing the first request.
/// </summary>
/// <typeparam name="T">The schema type.</typeparam>
internal sealed class VeltrixStartupValidator<T>(IServiceProvider services) : IHostedLifecycleService
    where T : class, IVeltrixConfig<T>
{
    /// <summary>Builds <see cref="LiveConfig{T}"/>, throwing the <see cref="ConfigException"/> that lists every problem.</summary>
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        try
        {
            services.GetRequiredService<LiveConfig<T>>();
        }
        catch (ConfigException ex)
        {
            // Thrown again from here, the stack trace the host logs and a crash prints is the host's start, not the
            // container's resolution frames, which say nothing about the configuration.
            throw new ConfigException(ex.Message, ex.Errors);
        }

        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
