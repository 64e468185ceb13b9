using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using CsCheck;
using Veltrix.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Veltrix.Tests.Hostile;

/// <summary>
/// R19 without a fuzzer: SharpFuzz and libFuzzer are not available offline, so generated hostile inputs stand in.
/// Valid configuration files are broken (truncated, bit-flipped, duplicated keys, huge numbers, deep nesting, invalid
/// UTF-8, NUL bytes, …) and random environments and command lines are built. The only exception that may escape a
/// build is <see cref="ConfigException"/>; a reload never throws and leaves either the old snapshot or exactly the one
/// a fresh build of the same input gives; no input takes more than 1 s. CsCheck picks the seed and prints it on a
/// failure (<c>CsCheck_Seed</c> replays it); <c>VELTRIX_HOSTILE_CASES</c> raises the case counts.
/// </summary>
[Collection(SerialTests.Name)]
public sealed class GeneratedHostileInputTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan SlowInput = TimeSpan.FromSeconds(1);

    // A hung input keeps its thread; the case fails after this instead of stalling the run.
    private static readonly TimeSpan Abandon = TimeSpan.FromSeconds(20);

    private readonly Binding.TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void MutatedJsonFiles_BuildAndReload_OnlyConfigExceptionAndWholeSnapshots()
    {
        var cases = HostileGens.Cases(3_000);
        var kinds = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        int accepted = 0, rejected = 0;
        var slowest = TimeSpan.Zero;
        var good = _temp.Write("good.json", string.Empty);
        var bad = _temp.Write("mutated.json", string.Empty);

        Gen.Select(HostileGens.Config, Gen.Int[1, 4], Gen.Int[0, int.MaxValue]).Sample(
            (config, mutations, seed) =>
            {
                var random = new Random(seed);
                var original = System.Text.Encoding.UTF8.GetBytes(HostileForms.Indent(HostileForms.ToJson(config)));
                var mutated = original;
                for (var i = 0; i < mutations; i++)
                {
                    var kind = JsonMutator.Kinds[random.Next(JsonMutator.Kinds.Length)];
                    kinds.AddOrUpdate(kind, 1, static (_, n) => n + 1);
                    mutated = JsonMutator.Mutate(mutated, kind, random);
                }

                File.WriteAllBytes(bad, mutated);
                var ok = false;
                var elapsed = Bounded(() =>
                {
                    File.WriteAllBytes(good, original);

                    // A first load: accepted, or rejected with ConfigException only.
                    HostileConfig? fresh = null;
                    try
                    {
                        using var direct = VeltrixConfiguration.CreateBuilder<HostileConfig>().AddJsonFile(bad).Build();
                        fresh = direct.Current;
                    }
                    catch (ConfigException ex)
                    {
                        Assert.NotEmpty(ex.Errors);
                    }

                    // A reload over the good file: the old snapshot whole, or the new one whole.
                    using var live = VeltrixConfiguration.CreateBuilder<HostileConfig>().AddJsonFile(good).Build();
                    var before = live.Current;
                    File.Copy(bad, good, overwrite: true);
                    var result = live.Reload();
                    if (fresh is null)
                    {
                        Assert.Equal(ReloadResult.Failed, result);
                        Assert.Same(before, live.Current);
                        Assert.Equal(1, live.Generation);
                        ok = false;
                    }
                    else
                    {
                        Assert.NotEqual(ReloadResult.Failed, result);
                        Assert.Empty(SnapshotComparer.Differences(fresh, live.Current));
                        ok = true;
                    }
                });
                slowest = elapsed > slowest ? elapsed : slowest;
                accepted += ok ? 1 : 0;
                rejected += ok ? 0 : 1;
            },
            seed: Environment.GetEnvironmentVariable("CsCheck_Seed"),
            iter: cases,
            threads: 1,
            print: t => $"{t.Item2} mutation(s), mutation seed {t.Item3}, original:{Environment.NewLine}{HostileForms.Indent(HostileForms.ToJson(t.Item1))}");

        ReliabilityFigures.Report(output, "R19", string.Create(CultureInfo.InvariantCulture,
            $"mutated JSON files (generated, in place of SharpFuzz): {accepted + rejected} inputs built and reloaded over a good file; {accepted} accepted, {rejected} rejected with ConfigException and the old snapshot kept; other exceptions 0, torn snapshots 0, inputs over 1 s 0 (slowest {slowest.TotalMilliseconds:0} ms, measured under load); mutations: {JsonMutator.Describe(kinds)}"));
        Assert.Equal(cases, accepted + rejected);
    }

    [Fact]
    public void RandomEnvironments_Build_ReadOnlyPrefixedVariablesLiterallyAndThrowOnlyConfigException()
    {
        var cases = HostileGens.Cases(3_000);
        int accepted = 0, rejected = 0;
        var name = Gen.Frequency(
            (4, Gen.Select(Gen.OneOfConst("APP_", "app_", "App_"), Gen.OneOfConst("Hostile__", "hostile__", "HOSTILE__", "Hostile_", "Other__", ""), Gen.OneOfConst("Name", "Port", "Ratio", "Timeout", "Hosts__0", "Hosts__x", "Weights__k", "Inner__Host", "Inner__ApiKey", "Password", "Pin", "Nmae", "Port__x", "", "____", "Inner____Host", "a:b", "=", "é"))
                .Select(static t => t.Item1 + t.Item2 + t.Item3)),
            (1, HostileGens.Text),
            (1, Gen.OneOfConst("APP", "APP_", "APPX_Hostile__Name", "PATH", "HOME", "_APP_Hostile__Name")));
        var value = Gen.Frequency((3, HostileGens.Text), (1, Gen.OneOfConst(HostileGens.InterpolationLookalikes)), (1, Gen.Int.Select(static i => i.ToString(CultureInfo.InvariantCulture))));

        Gen.Select(Gen.Select(name, value).List[0, 12], Gen.Bool).Sample(
            (variables, strict) =>
            {
                var all = new Hashtable();
                var prefixed = new Hashtable();
                foreach (var (key, text) in variables)
                {
                    if (key.Length == 0 || all.ContainsKey(key))
                    {
                        continue;
                    }

                    all[key] = text;
                    if (key.StartsWith("APP_", StringComparison.OrdinalIgnoreCase))
                    {
                        prefixed[key] = text;
                    }
                }

                var ok = false;
                Bounded(() =>
                {
                    var withAll = TryBuild(b => b.AddSource(new EnvironmentVariablesSource("APP_", strict, () => all)));
                    var onlyPrefixed = TryBuild(b => b.AddSource(new EnvironmentVariablesSource("APP_", strict, () => prefixed)));

                    // Variables without the prefix change nothing, whatever they hold.
                    Assert.Equal(withAll is null, onlyPrefixed is null);
                    ok = withAll is not null;
                    if (withAll is null)
                    {
                        return;
                    }

                    Assert.Empty(SnapshotComparer.Differences(withAll, onlyPrefixed!));

                    // A value is taken as written: nothing expanded, nothing included.
                    foreach (DictionaryEntry entry in prefixed)
                    {
                        if (string.Equals((string)entry.Key, "APP_Hostile__Name", StringComparison.OrdinalIgnoreCase))
                        {
                            Assert.Equal((string)entry.Value!, withAll.Name);
                        }
                    }
                });
                accepted += ok ? 1 : 0;
                rejected += ok ? 0 : 1;
            },
            seed: Environment.GetEnvironmentVariable("CsCheck_Seed"),
            iter: cases,
            threads: 1);

        ReliabilityFigures.Report(output, "R19", $"random environments (prefix APP_, strict and lenient): {accepted + rejected} built; {accepted} accepted, {rejected} rejected with ConfigException; unprefixed variables changed the snapshot 0 times; other exceptions 0");
        Assert.Equal(cases, accepted + rejected);
    }

    [Fact]
    public void RandomCommandLines_Build_ThrowOnlyConfigException()
    {
        var cases = HostileGens.Cases(3_000);
        int accepted = 0, rejected = 0;
        var key = Gen.OneOfConst("Hostile:Name", "Hostile:Port", "hostile:port", "Hostile:Hosts:0", "Hostile:Hosts:x", "Hostile:Weights:k", "Hostile:Inner:Host", "Hostile:Password", "Hostile:Nmae", "Other:Key", "", ":", "Hostile::Name", "Hostile:Port:x");
        var argument = Gen.Frequency(
            (4, Gen.Select(Gen.OneOfConst("--", "/", "-", ""), key, Gen.OneOfConst("=", " ", ""), HostileGens.Text).Select(static t => t.Item1 + t.Item2 + (t.Item3 == " " ? "" : t.Item3 + t.Item4))),
            (2, HostileGens.Text),
            (1, Gen.OneOfConst("--", "-", "/", "=", "-p", "--port", "--port=1", "-p=2", "/p", "--Hostile:Name", "---Hostile:Name=x", "=x", "--=x")));
        var mappings = new Dictionary<string, string> { ["-p"] = "Hostile:Port", ["--port"] = "Hostile:Port", ["-n"] = "Hostile:Name" };

        Gen.Select(argument.Array[0, 10], Gen.Bool, Gen.Bool).Sample(
            (args, mapped, strict) =>
            {
                var ok = false;
                Bounded(() =>
                {
                    ok = TryBuild(b => b.AddCommandLine(args, mapped ? mappings : null, strict)) is not null;
                });
                accepted += ok ? 1 : 0;
                rejected += ok ? 0 : 1;
            },
            seed: Environment.GetEnvironmentVariable("CsCheck_Seed"),
            iter: cases,
            threads: 1,
            print: static t => string.Join(" | ", t.Item1));

        ReliabilityFigures.Report(output, "R19", $"random command lines (with and without switch mappings, strict and lenient): {accepted + rejected} built; {accepted} accepted, {rejected} rejected with ConfigException; other exceptions 0");
        Assert.Equal(cases, accepted + rejected);
    }

    /// <summary>Builds; null when rejected with <see cref="ConfigException"/>. Any other exception fails the case.</summary>
    private static HostileConfig? TryBuild(Func<VeltrixConfigurationBuilder<HostileConfig>, VeltrixConfigurationBuilder<HostileConfig>> add)
    {
        try
        {
            using var config = add(VeltrixConfiguration.CreateBuilder<HostileConfig>()).Build();
            return config.Current;
        }
        catch (ConfigException ex)
        {
            Assert.NotEmpty(ex.Errors);
            return null;
        }
    }

    /// <summary>
    /// Runs one case on a worker thread; fails it when it throws, never ends, or takes over 1 s twice in a row (the
    /// machine is shared, so one slow run may be the scheduler; a pathological input is slow every time).
    /// </summary>
    private static TimeSpan Bounded(Action run)
    {
        var elapsed = Timed(run);
        if (elapsed >= SlowInput)
        {
            elapsed = Timed(run);
        }

        Assert.True(elapsed < SlowInput, $"The input took {elapsed.TotalMilliseconds:0} ms, twice");
        return elapsed;

        static TimeSpan Timed(Action run)
        {
            var task = Task.Run(() =>
            {
                var started = Stopwatch.GetTimestamp();
                run();
                return Stopwatch.GetElapsedTime(started);
            });
            Assert.True(task.Wait(Abandon), "The input hung: it did not finish within " + Abandon);
            return task.GetAwaiter().GetResult();
        }
    }
}
