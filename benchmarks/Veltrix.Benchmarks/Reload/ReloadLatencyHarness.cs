using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Veltrix.Benchmarks.Reload;

/// <summary>
/// Measures hot reload end to end: the time from writing a watched JSON file to the application's change callback,
/// and how many callbacks each write causes, for Veltrix and for Microsoft.Extensions.Configuration +
/// <c>IOptionsMonitor&lt;T&gt;</c>. Not a BenchmarkDotNet benchmark: it times an event, not a method.
/// </summary>
/// <remarks>
/// Each system gets its own directory and file and runs alone (never two at once), so that one's watcher never sees
/// the other's writes and they do not compete for the CPU. Each write puts a new value in one key, so that a callback
/// can be matched to the write it reflects; callbacks are counted from one write's start to the next write's start.
/// </remarks>
internal static class ReloadLatencyHarness
{
    /// <summary>Runs every system with every write style and prints the table.</summary>
    /// <param name="args">The arguments after the <c>reload</c> verb.</param>
    /// <returns>The process exit code.</returns>
    public static int Run(string[] args)
    {
        if (!ReloadLatencyOptions.TryParse(args, out var options, out var error))
        {
            if (error.Length > 0)
            {
                Console.Error.WriteLine(error);
            }

            Console.Error.WriteLine(ReloadLatencyOptions.Usage);
            return error.Length > 0 ? 2 : 0;
        }

        var root = Directory.CreateTempSubdirectory("veltrix-reload-");
        try
        {
            var summaries = new List<ReloadRunSummary>();
            foreach (var style in (ReadOnlySpan<WriteStyle>)[WriteStyle.InPlace, WriteStyle.TempRename])
            {
                foreach (var system in (ReadOnlySpan<ReloadSystem>)[ReloadSystem.Veltrix, ReloadSystem.OptionsMonitor])
                {
                    var seconds = (options.Warmup + options.Writes + 3) * (long)options.IntervalMs / 1000;
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Name(system)}, {Name(style)}: {options.Warmup} + {options.Writes} writes, about {seconds} s"));
                    var directory = Path.Combine(root.FullName, string.Create(CultureInfo.InvariantCulture, $"{system}-{style}"));
                    summaries.Add(RunOne(system, style, directory, options));
                }
            }

            Console.Out.Write(Format(options, summaries));
            return 0;
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    private static ReloadRunSummary RunOne(ReloadSystem system, WriteStyle style, string directory, ReloadLatencyOptions options)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "appsettings.json");
        File.WriteAllText(path, ReloadJson.Create(ReloadJson.InitialValue));
        var log = new CallbackLog();
        using var subject = Create(system, path, log);

        // A watcher started just after the file was written could still report that write; let it pass first.
        Thread.Sleep(options.IntervalMs);

        var total = options.Warmup + options.Writes;
        var starts = new long[total + 1];
        var values = new int[total];
        var interval = options.IntervalMs * Stopwatch.Frequency / 1000;
        var next = Stopwatch.GetTimestamp();
        for (var i = 0; i < total; i++)
        {
            values[i] = ReloadJson.InitialValue + 1 + i;
            var text = ReloadJson.Create(values[i]);
            WaitUntil(next);
            starts[i] = Stopwatch.GetTimestamp();
            Write(style, path, text);
            next = starts[i] + interval;
        }

        starts[total] = next;
        WaitUntil(next);

        // Anything arriving this long after the last window is a stray callback; count it rather than lose it.
        Thread.Sleep(Math.Max(1_000, options.IntervalMs));
        var finalValueCorrect = subject.CurrentValue == values[^1];
        return ReloadRunSummary.Create(system, style, options.Warmup, starts, values, log.ToArray(), subject.Failures, finalValueCorrect);
    }

    private static IReloadSubject Create(ReloadSystem system, string path, CallbackLog log) => system switch
    {
        ReloadSystem.Veltrix => new VeltrixReloadSubject(path, log),
        _ => new OptionsMonitorReloadSubject(path, log),
    };

    private static void Write(WriteStyle style, string path, string text)
    {
        if (style == WriteStyle.InPlace)
        {
            File.WriteAllText(path, text);
            return;
        }

        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }

    private static void WaitUntil(long timestamp)
    {
        var remaining = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp);
        if (remaining > TimeSpan.Zero)
        {
            Thread.Sleep(remaining);
        }
    }

    private static string Format(ReloadLatencyOptions options, List<ReloadRunSummary> summaries)
    {
        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        text.Append(culture, $"Reload latency: {options.Writes} writes per row, {options.IntervalMs} ms apart, after {options.Warmup} warm-up write(s) left out; ")
            .Append(culture, $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC.\n")
            .Append(Machine()).Append("\n\n")
            .Append("| system | write style | writes | min ms | median ms | p99 ms | max ms | callbacks per write | writes with ≠ 1 callback | missed (0 callbacks) | last of repeated callbacks, median ms | callbacks with another write's value | stray callbacks | failed reloads | final value |\n")
            .Append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        foreach (var s in summaries)
        {
            text.Append(culture, $"| {Name(s.System)} | {Name(s.Style)} | {s.Writes} | {Ms(s.Percentile(0))} | {Ms(s.Percentile(50))} | {Ms(s.Percentile(99))} | {Ms(s.Percentile(100))} | ")
                .Append(culture, $"{(double)s.Callbacks / s.Writes:0.00} | {s.WritesNotOneCallback} ({100.0 * s.WritesNotOneCallback / s.Writes:0.#} %) | {s.Missed} | {Ms(ReloadRunSummary.Percentile(s.RepeatLatenciesMs, 50))} | ")
                .Append(culture, $"{s.ForeignValueCallbacks} | {s.StrayCallbacks} | {s.Failures} | {(s.FinalValueCorrect ? "correct" : "WRONG")} |\n");
        }

        text.Append(
            """

            - Veltrix: `AddJsonFile(path, reloadOnChange: true)`, default `FileWatchOptions` (a finished save is read at once; 20 ms debounce for other events), a `LiveConfig<T>.Changed` handler.
            - MEC: Microsoft.Extensions.Configuration `AddJsonFile(path, reloadOnChange: true)` (default `ReloadDelay`, 250 ms),
              `services.Configure<T>(config.GetSection("Bench"))`, an `IOptionsMonitor<T>.OnChange` listener.
            - Each write changes one of the file's 40 keys to a new value. Latency: from the start of the write to the first
              callback. A write's callbacks are those before the next write starts; "last of repeated callbacks" is, for writes
              with more than one, the time from the write to its last callback. Stray: before the first write or after the last
              write's window. Failed reloads: Veltrix `ReloadFailed` events; MEC file load exceptions.

            """);
        return text.ToString();
    }

    private static string Ms(double value) => double.IsNaN(value) ? "—" : value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Name(ReloadSystem system) => system switch
    {
        ReloadSystem.Veltrix => "Veltrix",
        _ => "MEC + `IOptionsMonitor<T>`",
    };

    private static string Name(WriteStyle style) => style switch
    {
        WriteStyle.InPlace => "in place",
        _ => "temp + rename",
    };

    private static string Machine()
    {
        var polling = Environment.GetEnvironmentVariable(FileWatchOptions.PollingEnvironmentVariable);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{RuntimeInformation.FrameworkDescription}, {OperatingSystem()}, {Processor()}, {Environment.ProcessorCount} cores; " +
            $"{FileWatchOptions.PollingEnvironmentVariable}={(string.IsNullOrEmpty(polling) ? "(unset)" : polling)}.");
    }

    private static string OperatingSystem()
    {
        const string prefix = "PRETTY_NAME=";
        if (File.Exists("/etc/os-release"))
        {
            foreach (var line in File.ReadLines("/etc/os-release"))
            {
                if (line.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return line[prefix.Length..].Trim('"');
                }
            }
        }

        return RuntimeInformation.OSDescription;
    }

    private static string Processor()
    {
        const string prefix = "model name";
        if (File.Exists("/proc/cpuinfo"))
        {
            foreach (var line in File.ReadLines("/proc/cpuinfo"))
            {
                if (line.StartsWith(prefix, StringComparison.Ordinal) && line.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0)
                {
                    return line[(colon + 1)..].Trim();
                }
            }
        }

        return RuntimeInformation.ProcessArchitecture.ToString();
    }
}
