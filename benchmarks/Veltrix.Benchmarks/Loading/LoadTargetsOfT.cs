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
    private readonly string _environmentPrefix;
    private readonly string[] _commandLine;

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
        var keys = ValueKeys();
        var probe = keys[0];
        var expected = Probe((T)Veltrix(), probe);
        if (expected != Probe(Probe((BenchFile<T>)SystemTextJson()), probe)
            || expected != Probe((T)ConfigurationBinder(), probe)
            || expected != Probe((T)OptionsSnapshot(), probe)
            || expected == Probe(new T(), probe))
        {
            throw new InvalidOperationException($"The load paths of {typeof(T).Name} disagree on {probe}.");
        }

        // The layered load: one variable under a prefix of its own (among the process's other variables, which the
        // source reads and skips) and one argument, each overriding a key of the file with a value the check can see.
        _environmentPrefix = "VELTRIX_LOAD_" + typeof(T).Name.ToUpperInvariant() + "_";
        var fromEnvironment = Probe((T)Veltrix(), keys[1]) + 1;
        var fromCommandLine = Probe((T)Veltrix(), keys[2]) + 1;
        Environment.SetEnvironmentVariable(_environmentPrefix + keys[1].Replace(":", "__", StringComparison.Ordinal), fromEnvironment.ToString(System.Globalization.CultureInfo.InvariantCulture));
        _commandLine = [$"--{keys[2]}={fromCommandLine.ToString(System.Globalization.CultureInfo.InvariantCulture)}"];
        var layered = (T)VeltrixLayered();
        if (Probe(layered, probe) != expected || Probe(layered, keys[1]) != fromEnvironment || Probe(layered, keys[2]) != fromCommandLine)
        {
            throw new InvalidOperationException($"The layered load of {typeof(T).Name} did not apply the file, the variable and the argument.");
        }
    }

    /// <inheritdoc/>
    public override object Veltrix()
    {
        using var live = VeltrixConfiguration.CreateBuilder<T>().AddJsonFile(_path).Build();
        return live.Current;
    }

    /// <inheritdoc/>
    public override object VeltrixLayered()
    {
        using var live = VeltrixConfiguration.CreateBuilder<T>()
            .AddJsonFile(_path)
            .AddEnvironmentVariables(_environmentPrefix)
            .AddCommandLine(_commandLine)
            .Build();
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
            Environment.SetEnvironmentVariable(_environmentPrefix + ValueKeys()[1].Replace(":", "__", StringComparison.Ordinal), null);
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static T Probe(BenchFile<T> file) => file.Bench;

    // The first three value keys of the schema.
    private static string[] ValueKeys()
    {
        var keys = T.Schema.Keys.Where(static k => k.Kind == ConfigKeyKind.Value).Select(static k => k.Path).Take(3).ToArray();
        return keys.Length == 3 ? keys : throw new InvalidOperationException($"{typeof(T).Name} has fewer than three value keys.");
    }

    private static int Probe(T config, string keyPath)
        => T.TryGetValue(config, keyPath, out var value) ? value.AsInt32() : throw new InvalidOperationException($"{keyPath} not found.");
}
