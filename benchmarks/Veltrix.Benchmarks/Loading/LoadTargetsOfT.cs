using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Veltrix.Benchmarks.Loading;

/// <summary><see cref="LoadTargets"/> for schema <typeparamref name="T"/>.</summary>
/// <typeparam name="T">A schema written by <c>benchmarks/BenchmarkSchemas.targets</c>.</typeparam>
internal sealed class LoadTargets<T> : LoadTargets
    where T : class, IVeltrixConfig<T>, new()
{
    private readonly string _directory;
    private readonly string _path;
    private readonly JsonTypeInfo<BenchFile<T>> _jsonInfo;
    private readonly ServiceProvider _services;

    /// <summary>Writes the file and checks that every path binds the value it holds for the first key.</summary>
    /// <param name="jsonInfo">The source-generated metadata of the file's shape.</param>
    public LoadTargets(JsonTypeInfo<BenchFile<T>> jsonInfo)
    {
        _jsonInfo = jsonInfo;
        _directory = Directory.CreateTempSubdirectory("veltrix-load-").FullName;
        _path = Path.Combine(_directory, "appsettings.json");
        File.WriteAllText(_path, BenchJson.Write<T>());

        var configuration = new ConfigurationBuilder().AddJsonFile(_path).Build();
        var services = new ServiceCollection();
        services.Configure<T>(configuration.GetSection(T.Schema.Section));
        _services = services.BuildServiceProvider();

        // Each path must see the file: compare a key's value in each result with the one Veltrix bound.
        var probe = FirstValueKey();
        var expected = Probe((T)Veltrix(), probe);
        if (expected != Probe(Probe((BenchFile<T>)SystemTextJson()), probe)
            || expected != Probe((T)ConfigurationBinder(), probe)
            || expected != Probe((T)OptionsSnapshot(), probe)
            || expected == Probe(new T(), probe))
        {
            throw new InvalidOperationException($"The load paths of {typeof(T).Name} disagree on {probe}.");
        }
    }

    /// <inheritdoc/>
    public override object Veltrix()
    {
        using var live = VeltrixConfiguration.CreateBuilder<T>().AddJsonFile(_path).Build();
        return live.Current;
    }

    /// <inheritdoc/>
    public override object SystemTextJson() => JsonSerializer.Deserialize(File.ReadAllBytes(_path), _jsonInfo)!;

    /// <inheritdoc/>
    public override object ConfigurationBinder()
        => new ConfigurationBuilder().AddJsonFile(_path).Build().GetSection(T.Schema.Section).Get<T>()!;

    /// <inheritdoc/>
    public override object OptionsSnapshot()
    {
        using var scope = _services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<IOptionsSnapshot<T>>().Value;
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _services.Dispose();
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static T Probe(BenchFile<T> file) => file.Bench;

    private static string FirstValueKey()
    {
        foreach (var key in T.Schema.Keys)
        {
            if (key.Kind == ConfigKeyKind.Value)
            {
                return key.Path;
            }
        }

        throw new InvalidOperationException($"{typeof(T).Name} has no value key.");
    }

    private static int Probe(T config, string keyPath)
        => T.TryGetValue(config, keyPath, out var value) ? value.AsInt32() : throw new InvalidOperationException($"{keyPath} not found.");
}
