using System;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Veltrix.Extensions.Hosting;

/// <summary>Registers a Veltrix configuration in a service collection: <c>services.AddVeltrix&lt;ServerConfig&gt;()</c>.</summary>
// T carries [DynamicallyAccessedMembers(PublicParameterlessConstructor)] because IOptions<TOptions> declares it; a
// schema's parameterless constructor is all the trimmer keeps for it, and nothing here calls it through reflection.
public static class VeltrixServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="LiveConfig{T}"/> fed by the host's own <see cref="IConfiguration"/> (appsettings files,
    /// environment variables, command line and every other provider the host has, in the host's order), following its
    /// reloads.
    /// </summary>
    /// <typeparam name="T">The schema type.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <remarks>
    /// The host's JSON files are read by Veltrix itself, so that an error names the file and line and a save reloads
    /// through Veltrix's watcher; the other providers are read through their own rules at their position, and an error
    /// in a value they hold names the environment variable or command-line argument where it can be told. See
    /// <see cref="VeltrixConfigurationBuilderExtensions.AddHostConfiguration{T}"/> for the details, and
    /// <see cref="AddVeltrix{T}(IServiceCollection, Action{IServiceProvider, VeltrixConfigurationBuilder{T}})"/> for what is
    /// registered.
    /// </remarks>
    public static IServiceCollection AddVeltrix<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] T>(this IServiceCollection services)
        where T : class, IVeltrixConfig<T>
        => services.AddVeltrix<T>(static (provider, builder) => builder.AddHostConfiguration(provider.GetRequiredService<IConfiguration>()));

    /// <summary>Registers <see cref="LiveConfig{T}"/> built from the sources <paramref name="configure"/> adds.</summary>
    /// <typeparam name="T">The schema type.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adds sources, as with <see cref="VeltrixConfiguration.CreateBuilder{T}"/>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <remarks>See <see cref="AddVeltrix{T}(IServiceCollection, Action{IServiceProvider, VeltrixConfigurationBuilder{T}})"/> for what is registered.</remarks>
    public static IServiceCollection AddVeltrix<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] T>(this IServiceCollection services, Action<VeltrixConfigurationBuilder<T>> configure)
        where T : class, IVeltrixConfig<T>
    {
        ArgumentNullException.ThrowIfNull(configure);
        return services.AddVeltrix<T>((_, builder) => configure(builder));
    }

    /// <summary>
    /// Registers <see cref="LiveConfig{T}"/> built from the sources <paramref name="configure"/> adds, with access to
    /// the container (for <see cref="IConfiguration"/>, the environment or secrets clients).
    /// </summary>
    /// <typeparam name="T">The schema type.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adds sources. Relative file paths resolve against <see cref="IHostEnvironment.ContentRootPath"/> when a host provides one.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <remarks>
    /// <para>Registered, all backed by the one live snapshot:</para>
    /// <list type="bullet">
    /// <item><see cref="LiveConfig{T}"/>, a singleton built on first use, disposed with the container; every reload,
    /// rejected reload and source health change is logged through <see cref="ILogger"/>;</item>
    /// <item><see cref="IOptionsMonitor{TOptions}"/> (<see cref="VeltrixOptionsMonitor{T}"/>), <see cref="IOptionsSnapshot{TOptions}"/>
    /// (<see cref="VeltrixOptionsSnapshot{T}"/>, scoped) and <see cref="IOptions{TOptions}"/> (<see cref="VeltrixOptions{T}"/>);</item>
    /// <item>a hosted service that builds the configuration when the host starts, so that a bad configuration stops
    /// <c>StartAsync</c> with the <see cref="ConfigException"/> that lists every problem.</item>
    /// </list>
    /// <para>
    /// A first load that fails is logged once, every problem on its own line (event <c>ConfigurationLoadFailed</c>). When
    /// that entry is written (the logger is enabled for <see cref="LogLevel.Critical"/>), the <see cref="ConfigException"/>
    /// thrown says how many problems there are and where they are listed instead of listing them again, since the host
    /// logs it and a crash prints it; <see cref="ConfigException.Errors"/> still holds every one.
    /// </para>
    /// </remarks>
    /// <exception cref="InvalidOperationException"><typeparamref name="T"/> is already registered.</exception>
    public static IServiceCollection AddVeltrix<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] T>(this IServiceCollection services, Action<IServiceProvider, VeltrixConfigurationBuilder<T>> configure)
        where T : class, IVeltrixConfig<T>
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(LiveConfig<T>))
            {
                // A second registration would silently win and leave the first one's sources unread.
                throw new InvalidOperationException($"AddVeltrix<{typeof(T).Name}> was already called; add every source in one call.");
            }
        }

        services.AddSingleton(provider => Create(provider, configure));
        services.AddSingleton<IOptions<T>>(static provider => new VeltrixOptions<T>(provider.GetRequiredService<LiveConfig<T>>()));
        services.AddScoped<IOptionsSnapshot<T>>(static provider => new VeltrixOptionsSnapshot<T>(provider.GetRequiredService<LiveConfig<T>>()));
        services.AddSingleton<IOptionsMonitor<T>>(static provider => new VeltrixOptionsMonitor<T>(provider.GetRequiredService<LiveConfig<T>>()));
        services.AddSingleton<IHostedService>(static provider => new VeltrixStartupValidator<T>(provider));
        return services;
    }

    private static LiveConfig<T> Create<T>(IServiceProvider provider, Action<IServiceProvider, VeltrixConfigurationBuilder<T>> configure)
        where T : class, IVeltrixConfig<T>
    {
        var builder = VeltrixConfiguration.CreateBuilder<T>();

        // Microsoft.Extensions.Configuration reads appsettings.json from the content root, not the binary's folder.
        if (provider.GetService<IHostEnvironment>() is { ContentRootPath: { Length: > 0 } contentRoot })
        {
            builder.SetBasePath(contentRoot);
        }

        configure(provider, builder);
        var logger = provider.GetService<ILogger<LiveConfig<T>>>() ?? (ILogger)NullLogger.Instance;
        return VeltrixReloadLogger.BuildAndAttach(builder, logger);
    }
}
