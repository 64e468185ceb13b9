using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Veltrix;
using Veltrix.Sample;

// "publish-etcd <file> --endpoints ... --prefix ...": validate a file against the schema, then write it to etcd.
if (args.Length > 0 && args[0] == EtcdPublishCommand.Verb)
{
    return await EtcdPublishCommand.RunAsync(args);
}

// Which overlay to read, as ASP.NET Core decides it: DOTNET_ENVIRONMENT, else Production.
var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") is { Length: > 0 } env ? env : "Production";
var watch = false;
var configArgs = new List<string>();
foreach (var arg in args)
{
    if (arg == "--watch")
    {
        watch = true;
    }
    else
    {
        configArgs.Add(arg);
    }
}

LiveConfig<ServerConfig> config;
try
{
    config = VeltrixConfiguration.CreateBuilder<ServerConfig>()
        .AddJsonFile("appsettings.json", optional: false, reloadOnChange: watch)
        .AddJsonFile($"appsettings.{environment}.json", optional: true, reloadOnChange: watch)
        .AddEnvironmentVariables("SAMPLE_")
        .AddCommandLine(configArgs)
        .Build();
}
catch (ConfigException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 1;
}

using (config)
{
    Console.WriteLine($"Veltrix sample: environment {environment}, schema {config.Schema.HashHex}, generation {config.Generation}");
    Console.WriteLine(config.Current.ToString());
    Console.WriteLine();
    PrintEffectiveConfig(config);

    if (!watch)
    {
        return 0;
    }

    // Each published change names exactly the keys that changed; show them with old and new values
    // (ConfigValue prints secrets as a redaction marker).
    config.Changed += (_, e) =>
    {
        Console.WriteLine($"generation {e.Generation}: {e.ChangedKeys.Count} key(s) changed");
        foreach (var key in e.ChangedKeys)
        {
            Console.WriteLine($"  {key}: {Describe(e.Previous, key)} -> {Describe(e.Current, key)}");
        }
    };

    // A bad save never replaces the running values: it is reported with file, line and key.
    config.ReloadFailed += (_, e) =>
        Console.WriteLine($"reload rejected, still serving generation {e.Generation}:{Environment.NewLine}{e.Exception.Message}");

    config.SourceHealthChanged += (_, e) =>
        Console.WriteLine($"source {e.Current.Source}: {e.Current.Status}{(e.Current.Message is { } m ? " - " + m : string.Empty)}");

    // A subscription to one section: it runs only when a key under Server:Cache changed.
    using var cacheSubscription = config.OnChange(c => c.Cache, cache =>
        Console.WriteLine($"  cache section changed: resize to {cache.MaxEntries} entries, TTL {cache.Ttl}"));

    Console.WriteLine();
    Console.WriteLine("Watching these files; save one to see its change set (Enter forces a reload, Ctrl+D quits):");
    foreach (var source in config.Sources)
    {
        if (source is JsonFileSource file)
        {
            Console.WriteLine($"  {file.Path}{(File.Exists(file.Path) ? string.Empty : " (absent)")}");
        }
    }

    while (Console.ReadLine() is not null)
    {
        if (config.Reload() == ReloadResult.Unchanged)
        {
            Console.WriteLine("no key changed");
        }
    }

    return 0;
}

static string Describe<T>(T snapshot, string key)
    where T : class, IVeltrixConfig<T>
    => T.TryGetValue(snapshot, key, out var value) ? value.ToString() : "(absent)";

// Every key of the schema with its effective value (secrets redacted) and the source that set it.
static void PrintEffectiveConfig(LiveConfig<ServerConfig> config)
{
    Console.WriteLine($"{"key",-34} {"value",-24} source");
    foreach (var key in config.Schema.Keys)
    {
        if (key.Path.Contains('*', StringComparison.Ordinal) || key.Kind == ConfigKeyKind.Section)
        {
            continue;
        }

        if (key.Kind == ConfigKeyKind.List)
        {
            for (var i = 0; ; i++)
            {
                var elementPath = string.Create(CultureInfo.InvariantCulture, $"{key.Path}:{i}");
                if (!config.TryGetValue(elementPath, out var element))
                {
                    break;
                }

                PrintRow(config, elementPath, element);
            }

            continue;
        }

        if (config.TryGetValue(key.Path, out var value))
        {
            PrintRow(config, key.Path, value);
        }
    }
}

static void PrintRow(LiveConfig<ServerConfig> config, string path, ConfigValue value)
{
    var origin = config.GetOrigin(path);
    var source = !origin.IsKnown
        ? "default"
        : Path.IsPathRooted(origin.Source)
            ? (origin with { Source = Path.GetRelativePath(AppContext.BaseDirectory, origin.Source) }).ToString()
            : origin.ToString();
    Console.WriteLine($"{path,-34} {value,-24} {source}");
}
