using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Threading;
using Veltrix;
using Veltrix.Sample;

// Which overlay to read, as ASP.NET Core decides it: DOTNET_ENVIRONMENT, else Production.
var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") is { Length: > 0 } env ? env : "Production";
var watch = false;
string? folderArg = null;
Uri? metricsAddress = null;
var configArgs = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    var arg = args[i];
    if (arg is "--help" or "-h" or "-?" or "/?")
    {
        PrintUsage();
        return 0;
    }

    if (arg == "--watch")
    {
        watch = true;
    }
    else if (arg == "--folder")
    {
        if (i + 1 >= args.Length || !Directory.Exists(args[i + 1]))
        {
            Console.Error.WriteLine("--folder needs an existing directory holding appsettings.json; --help shows the usage.");
            return 2;
        }

        folderArg = Path.GetFullPath(args[++i]);
    }
    else if (arg == "--metrics")
    {
        if (i + 1 >= args.Length || MetricsEndpoint.ParseAddress(args[i + 1]) is not { } address)
        {
            Console.Error.WriteLine("--metrics needs the URL to serve on, such as http://127.0.0.1:9464/; --help shows the usage.");
            return 2;
        }

        metricsAddress = address;
        i++;
    }
    else
    {
        configArgs.Add(arg);
    }
}

// Watching edits the files you edit: under `dotnet run` that is the project folder, not the copies in bin/.
var folder = folderArg ?? (watch && ProjectDirectory() is { } project ? project : AppContext.BaseDirectory);

LiveConfig<ServerConfig> config;
try
{
    config = VeltrixConfiguration.CreateBuilder<ServerConfig>()
        .AddJsonFile(Path.Combine(folder, "appsettings.json"), optional: false, reloadOnChange: watch)
        .AddJsonFile(Path.Combine(folder, $"appsettings.{environment}.json"), optional: true, reloadOnChange: watch)
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
    PrintEffectiveConfig(config, folder);
    PrintUnknownKeys(config.UnknownKeys);

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

    // A bad save never replaces the running values: it is reported with file, line and key. Once a later save is
    // good again (LastError clears, even when the values end up as they were), say so.
    Timer? recovery = null;
    config.ReloadFailed += (_, e) =>
    {
        Console.WriteLine($"reload rejected, still serving generation {e.Generation}:{Environment.NewLine}{e.Exception.Message}");
        recovery ??= new Timer(
            _ =>
            {
                if (config.LastError is null && Interlocked.Exchange(ref recovery, null) is { } timer)
                {
                    timer.Dispose();
                    Console.WriteLine($"reload recovered: the files are valid again, serving generation {config.Generation}");
                }
            },
            null,
            TimeSpan.FromMilliseconds(200),
            TimeSpan.FromMilliseconds(200));
    };

    // A typo saved into a file is ignored, as any unknown key is, and said once.
    config.UnknownKeysChanged += (_, e) => PrintUnknownKeys(e.Added);

    config.SourceHealthChanged += (_, e) =>
        Console.WriteLine($"source {e.Current.Source}: {e.Current.Status}{(e.Current.Message is { } m ? " - " + m : string.Empty)}");

    // Prometheus scrapes what the meter observes: reloads, rejections, source status, and each role setting's value.
    using var metrics = metricsAddress is null ? null : MetricsEndpoint.Start(metricsAddress);
    if (metricsAddress is not null)
    {
        Console.WriteLine($"serving metrics at {new Uri(metricsAddress, MetricsEndpoint.Path)}");
    }

    // A subscription to one section: it runs only when a key under Server:Cache changed.
    using var cacheSubscription = config.OnChange(c => c.Cache, cache =>
        Console.WriteLine($"  cache section changed: resize to {cache.MaxEntries} entries, TTL {cache.Ttl}"));

    Console.WriteLine();
    Console.WriteLine("Watching these files; save one to see its change set (Ctrl+C quits" + (Console.IsInputRedirected ? "):" : ", Enter forces a reload):"));
    foreach (var source in config.Sources)
    {
        if (source is JsonFileSource file)
        {
            Console.WriteLine($"  {file.Path}{(File.Exists(file.Path) ? string.Empty : " (absent)")}");
        }
    }

    // Run until Ctrl+C (or the end of typed input); without a terminal, keep watching until stopped.
    using var stop = new ManualResetEventSlim();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        stop.Set();
    };

    if (!Console.IsInputRedirected)
    {
        var input = new Thread(() =>
        {
            while (Console.ReadLine() is not null)
            {
                if (config.Reload() == ReloadResult.Unchanged)
                {
                    Console.WriteLine("no key changed");
                }
            }

            stop.Set();
        })
        { IsBackground = true, Name = "sample input" };
        input.Start();
    }

    stop.Wait();
    Interlocked.Exchange(ref recovery, null)?.Dispose();
    return 0;
}

// Keys the schema does not have are ignored, and most are typos: say where each was set and what it likely meant.
static void PrintUnknownKeys(IReadOnlyList<ConfigError> unknownKeys)
{
    foreach (var key in unknownKeys)
    {
        Console.WriteLine($"warning: {key}");
    }
}

static void PrintUsage()
{
    Console.WriteLine("""
        Veltrix sample: prints the effective configuration and where each value came from.

        usage: dotnet run --project samples/Veltrix.Sample [-- [--watch] [--folder <dir>] [--Section:Key=value ...]]

          --watch            keep running and print each change set when appsettings*.json is saved
                             (under `dotnet run`, the files in the project folder); Ctrl+C quits
          --folder <dir>     read (and watch) appsettings.json and its overlay in <dir> instead
          --metrics <url>    with --watch, serve Prometheus metrics at <url>/metrics (http://127.0.0.1:9464/)
          --Server:Port=9090 any other argument is configuration, as AddCommandLine reads it
          -h, --help         this text

        Environment: DOTNET_ENVIRONMENT picks the overlay (default Production); SAMPLE_Server__Port=9090 sets a key.
        Checking and publishing this configuration is the veltrix tool's job: dotnet veltrix --help (README, "The veltrix tool").
        """);
}

// The project folder the build recorded, when it still exists (a `dotnet run` from the repository); null otherwise.
static string? ProjectDirectory()
{
    foreach (var metadata in typeof(ServerConfig).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
    {
        if (metadata.Key == "Veltrix.Sample.ProjectDirectory" && metadata.Value is { Length: > 0 } path
            && File.Exists(Path.Combine(path, "appsettings.json")))
        {
            return path;
        }
    }

    return null;
}

static string Describe<T>(T snapshot, string key)
    where T : class, IVeltrixConfig<T>
    => T.TryGetValue(snapshot, key, out var value) ? value.ToString() : "(absent)";

// Every key of the schema with its effective value (secrets redacted) and the source that set it.
static void PrintEffectiveConfig(LiveConfig<ServerConfig> config, string folder)
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

                PrintRow(config, folder, elementPath, element);
            }

            continue;
        }

        if (config.TryGetValue(key.Path, out var value))
        {
            PrintRow(config, folder, key.Path, value);
        }
    }
}

static void PrintRow(LiveConfig<ServerConfig> config, string folder, string path, ConfigValue value)
{
    var origin = config.GetOrigin(path);
    var source = !origin.IsKnown
        ? "default"
        : Path.IsPathRooted(origin.Source)
            ? (origin with { Source = Path.GetRelativePath(folder, origin.Source) }).ToString()
            : origin.ToString();
    Console.WriteLine($"{path,-34} {value,-24} {source}");
}
