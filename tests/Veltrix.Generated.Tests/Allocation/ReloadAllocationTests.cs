using System.Globalization;
using System.Text;
using Microsoft.Win32.SafeHandles;
using Veltrix.Benchmarks;
using Veltrix.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Veltrix.Tests.Allocation;

/// <summary>
/// Byte budgets for loads and reloads of the benchmarks' 1,000-key schema: a reload that finds nothing changed costs
/// next to nothing whatever the size of the configuration (a JSON file is read and hashed; in-memory and command-line
/// sources allocate nothing), and a load, or a reload that finds a changed value in a JSON file, stays within a budget
/// of what it allocates today.
/// Timings are never asserted.
/// </summary>
/// <remarks>
/// Serial: a metrics test elsewhere listens to every configuration's instruments, and its callback would run, and
/// allocate, on this thread.
/// </remarks>
[Collection(SerialTests.Name)]
public sealed class ReloadAllocationTests(ITestOutputHelper output)
{
    private const int Iterations = 1_000;

    /// <summary>
    /// The target for a reload that finds nothing changed, per reload. Measured at 64 bytes on .NET 10.0.12 x64
    /// (2026-12-07): the handle that opens the file to read and hash it; nothing is parsed or bound.
    /// </summary>
    private const long UnchangedBudgetBytes = 200;

    /// <summary>
    /// Per reload that finds a missing optional file still missing. Measured at 272 bytes on .NET 10.0.12 x64
    /// (2026-12-07): the FileInfo that confirms the file is missing rather than hidden from the process. Finding it
    /// missing by catching the FileNotFoundException of the open cost about 1,070 bytes (and tens of microseconds).
    /// </summary>
    private const long MissingOptionalBudgetBytes = 400;

    private const int ChangedIterations = 50;

    /// <summary>
    /// Per reload with one value changed. Measured at 188,504 bytes on .NET 10.0.12 x64 (2026-12-07): the whole file
    /// parsed into a new tree and bound into a new snapshot, as a full load does (346,000 bytes before the tree kept
    /// the schema's key strings and its nodes lost their per-name dictionaries). The budget leaves about 50 % for
    /// runtime differences; growing past it means the changed path started to allocate more per key.
    /// </summary>
    private const long ChangedBudgetBytes = 300_000;

    /// <summary>
    /// Per load of the 1,000-key file, from building the configuration to disposing it. Measured at 192,998 bytes on
    /// .NET 10.0.12 x64 (2026-12-07), about 193 bytes per key: the tree (a node per key and section, the numbers' text)
    /// and the snapshot. The budget leaves about 50 % for runtime differences.
    /// </summary>
    private const long LoadBudgetBytes = 300_000;

    private static readonly byte[] One = "1"u8.ToArray();
    private static readonly byte[] Two = "2"u8.ToArray();

    [Fact]
    public void Reload_NothingChangedIn1000KeyJsonFile_StaysUnderByteBudget()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("appsettings.json");
        File.WriteAllText(path, Json<Bench1000Config>());
        using var config = VeltrixConfiguration.CreateBuilder<Bench1000Config>().AddJsonFile(path).Build();

        // Warm-up: the measured loop once, so that JIT tiering and first-call work happen before measuring.
        Assert.Equal(Iterations, ReloadUnchanged(config));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var unchanged = ReloadUnchanged(config);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        ReliabilityFigures.Report(output, "ReloadUnchanged1000", $"a reload of the 1,000-key JSON file that found nothing changed allocated {allocated / (double)Iterations:N1} bytes (budget {UnchangedBudgetBytes:N0}; {Iterations:N0} reloads)");
        Assert.Equal(Iterations, unchanged);
        Assert.Equal(1, config.Generation);
        Assert.Equal(101, config.Current.Cache1.MaxEntries1);
        Assert.InRange(allocated, 0, UnchangedBudgetBytes * Iterations);
    }

    [Fact]
    public void Reload_OptionalFileStillMissing_StaysUnderByteBudget()
    {
        using var dir = new TempDirectory();
        using var config = VeltrixConfiguration.CreateBuilder<Bench1000Config>().AddJsonFile(dir.Combine("appsettings.Production.json"), optional: true).Build();

        // Warm-up: the measured loop once, so that JIT tiering and first-call work happen before measuring.
        Assert.Equal(Iterations, ReloadUnchanged(config));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var unchanged = ReloadUnchanged(config);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        ReliabilityFigures.Report(output, "ReloadMissingOptional", $"a reload that found a missing optional file still missing allocated {allocated / (double)Iterations:N1} bytes (budget {MissingOptionalBudgetBytes:N0}; {Iterations:N0} reloads)");
        Assert.Equal(Iterations, unchanged);
        Assert.InRange(allocated, 0, MissingOptionalBudgetBytes * Iterations);
    }

    [Fact]
    public void Reload_NothingChangedInMemoryAndCommandLineSources_AllocatesNothing()
    {
        using var config = VeltrixConfiguration.CreateBuilder<Bench1000Config>()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Bench:Cache1:MaxEntries1"] = "7" })
            .AddCommandLine(["--Bench:Http1:MaxEntries1=8"])
            .Build();

        // Warm-up: the measured loop once, so that JIT tiering and first-call work happen before measuring.
        Assert.Equal(Iterations, ReloadUnchanged(config));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var unchanged = ReloadUnchanged(config);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(Iterations, unchanged);
        Assert.Equal((7, 8), (config.Current.Cache1.MaxEntries1, config.Current.Http1.MaxEntries1));
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Reload_OneKeyChangedIn1000KeyJsonFile_StaysUnderByteBudget()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("appsettings.json");
        var text = Json<Bench1000Config>();
        File.WriteAllText(path, text);

        // The last digit of the first value, rewritten in place through a handle kept open: 101, 102, 101…
        var digit = text.IndexOf("\"MaxEntries1\": 101", StringComparison.Ordinal) + "\"MaxEntries1\": 10".Length;
        using var writer = File.OpenHandle(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        using var config = VeltrixConfiguration.CreateBuilder<Bench1000Config>().AddJsonFile(path).Build();
        config.Changed += static (_, _) => { };

        // Warm-up: the measured loop once, so that JIT tiering and first-call work happen before measuring.
        Assert.Equal(ChangedIterations, ReloadChanged(config, writer, digit));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var changed = ReloadChanged(config, writer, digit);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        ReliabilityFigures.Report(output, "ReloadChanged1000", $"a reload of the 1,000-key JSON file with one value changed allocated {allocated / (double)ChangedIterations:N0} bytes (budget {ChangedBudgetBytes:N0}; {ChangedIterations:N0} reloads)");
        Assert.Equal(ChangedIterations, changed);
        Assert.Equal(1 + (2 * ChangedIterations), config.Generation);
        Assert.Equal(101, config.Current.Cache1.MaxEntries1);
        Assert.InRange(allocated, 1, ChangedBudgetBytes * ChangedIterations);
    }

    [Fact]
    public void Load_1000KeyJsonFile_StaysUnderByteBudget()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("appsettings.json");
        File.WriteAllText(path, Json<Bench1000Config>());

        // Warm-up: the measured loop once, so that JIT tiering and first-call work happen before measuring.
        Assert.Equal(101, Load(path));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var sum = 0L;
        for (var i = 0; i < ChangedIterations; i++)
        {
            sum += Load(path);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        ReliabilityFigures.Report(output, "Load1000", $"a load of the 1,000-key JSON file allocated {allocated / (double)ChangedIterations:N0} bytes (budget {LoadBudgetBytes:N0}; {ChangedIterations:N0} loads)");
        Assert.Equal(101L * ChangedIterations, sum);
        Assert.InRange(allocated, 1, LoadBudgetBytes * ChangedIterations);

        static int Load(string path)
        {
            using var config = VeltrixConfiguration.CreateBuilder<Bench1000Config>().AddJsonFile(path).Build();
            return config.Current.Cache1.MaxEntries1;
        }
    }

    private static int ReloadChanged<T>(LiveConfig<T> config, SafeFileHandle writer, long digit)
        where T : class, IVeltrixConfig<T>
    {
        var changed = 0;
        for (var i = 0; i < ChangedIterations; i++)
        {
            RandomAccess.Write(writer, i % 2 == 0 ? Two : One, digit);
            if (config.Reload() == ReloadResult.Changed)
            {
                changed++;
            }
        }

        return changed;
    }

    private static int ReloadUnchanged<T>(LiveConfig<T> config)
        where T : class, IVeltrixConfig<T>
    {
        var unchanged = 0;
        for (var i = 0; i < Iterations; i++)
        {
            if (config.Reload() == ReloadResult.Unchanged)
            {
                unchanged++;
            }
        }

        return unchanged;
    }

    /// <summary>Every value key of <typeparamref name="T"/> (ints in one level of sections) set to its default + 100.</summary>
    private static string Json<T>()
        where T : class, IVeltrixConfig<T>
    {
        var text = new StringBuilder("{\n  \"").Append(T.Schema.Section).Append("\": {");
        string? open = null;
        foreach (var key in T.Schema.Keys)
        {
            if (key.Kind != ConfigKeyKind.Value)
            {
                continue;
            }

            // Bench:Section:Key
            var parts = key.Path.Split(':');
            text.Append(parts[1] == open ? "," : open is null ? "\n" : "\n    },\n");
            if (parts[1] != open)
            {
                text.Append("    \"").Append(parts[1]).Append("\": {");
                open = parts[1];
            }

            var value = int.Parse(key.DefaultValue!, CultureInfo.InvariantCulture) + 100;
            text.Append("\n      \"").Append(parts[2]).Append("\": ").Append(value.ToString(CultureInfo.InvariantCulture));
        }

        return text.Append("\n    }\n  }\n}\n").ToString();
    }
}
