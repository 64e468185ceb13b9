using System.Collections;
using System.Diagnostics.Metrics;
using Veltrix.Tests.Binding;
using Veltrix.Tests.Hostile;

namespace Veltrix.Tests.Live;

/// <summary>
/// A reload in which every source reports the data of the last good load loads nothing and returns
/// <see cref="ReloadResult.Unchanged"/>; anything else (a change, a source that cannot tell, a failed last reload)
/// loads every source as before, with the same results and events.
/// </summary>
public sealed class UnchangedReloadTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static LiveConfig<HandWrittenConfig> Build(params IConfigSource[] sources)
    {
        var builder = VeltrixConfiguration.CreateBuilder<HandWrittenConfig>();
        foreach (var source in sources)
        {
            builder.AddSource(source);
        }

        return builder.Build();
    }

    [Fact]
    public void Reload_EverySourceUnchanged_AsksEachOnceAndLoadsNone()
    {
        var first = new VersionedSource("first").Set("Test:Port", "8080");
        var second = new VersionedSource("second").Set("Test:Name", "a");
        using var config = Build(first, second);
        var before = config.Current;

        Assert.Equal(ReloadResult.Unchanged, config.Reload());
        Assert.Equal(ReloadResult.Unchanged, config.Reload());

        Assert.Equal((1, 1), (first.Loads, second.Loads));
        Assert.Equal((2, 2), (first.Questions, second.Questions));
        Assert.Same(before, config.Current);
        Assert.Equal(1, config.Generation);
    }

    [Fact]
    public void Reload_OneSourceChanged_LoadsEverySourceOnceAndStopsAsking()
    {
        var first = new VersionedSource("first").Set("Test:Port", "8080");
        var second = new VersionedSource("second").Set("Test:Name", "a");
        using var config = Build(first, second);
        var changes = new List<IReadOnlyList<string>>();
        config.Changed += (_, e) => changes.Add(e.ChangedKeys);

        first.Set("Test:Port", "9090");

        Assert.Equal(ReloadResult.Changed, config.Reload());
        Assert.Equal((2, 2), (first.Loads, second.Loads));
        Assert.Equal((1, 0), (first.Questions, second.Questions));
        Assert.Equal(["Test:Port"], Assert.Single(changes));

        // The versions of that load are the new reference.
        Assert.Equal(ReloadResult.Unchanged, config.Reload());
        Assert.Equal((2, 2), (first.Loads, second.Loads));
    }

    [Fact]
    public void Reload_ChangedSourceWithTheSameValues_LoadsAndFindsNothingToPublish()
    {
        var source = new VersionedSource().Set("Test:Port", "8080");
        using var config = Build(source);
        var changed = 0;
        config.Changed += (_, _) => changed++;

        source.Set("Test:Port", "8080");

        Assert.Equal(ReloadResult.Unchanged, config.Reload());
        Assert.Equal(2, source.Loads);
        Assert.Equal(0, changed);
        Assert.Equal(1, config.Generation);
    }

    [Fact]
    public void Reload_BesideASourceWithoutVersions_LoadsEverySourceEveryTime()
    {
        var versioned = new VersionedSource().Set("Test:Port", "8080");
        var plain = new MutableSource().Set("Test:Name", "a");
        using var config = Build(versioned, plain);

        Assert.Equal(ReloadResult.Unchanged, config.Reload());
        Assert.Equal(ReloadResult.Unchanged, config.Reload());

        Assert.Equal(3, versioned.Loads);
        Assert.Equal(0, versioned.Questions);
    }

    [Fact]
    public void Reload_SourceThatDeclaredNoVersion_IsLoadedEveryTime()
    {
        var source = new VersionedSource { DeclaresVersion = false }.Set("Test:Port", "8080");
        using var config = Build(source);

        Assert.Equal(ReloadResult.Unchanged, config.Reload());
        Assert.Equal(ReloadResult.Unchanged, config.Reload());

        Assert.Equal(3, source.Loads);
        Assert.Equal(0, source.Questions);
    }

    [Fact]
    public void Reload_SourceThatThrowsWhenAsked_IsLoaded()
    {
        var source = new VersionedSource().Set("Test:Port", "8080");
        using var config = Build(source);
        source.ThrowOnQuestion = new InvalidOperationException("cannot tell");

        Assert.Equal(ReloadResult.Unchanged, config.Reload());

        Assert.Equal(2, source.Loads);
        Assert.Null(config.LastError);
    }

    [Fact]
    public void Reload_AfterAFailedReload_EvaluatesAgainUntilTheDataIsGood()
    {
        var source = new VersionedSource().Set("Test:Port", "8080");
        using var config = Build(source);
        var failures = new List<ConfigReloadFailedEventArgs>();
        config.ReloadFailed += (_, e) => failures.Add(e);

        source.Set("Test:Port", "70000");
        Assert.Equal(ReloadResult.Failed, config.Reload());

        // Nothing changed since the failed reload, but it failed: the same problems again, counted in the run.
        Assert.Equal(ReloadResult.Failed, config.Reload());
        Assert.Equal(3, source.Loads);
        Assert.Equal("Range", Assert.Single(failures).Exception.Errors[0].Rule);
        Assert.NotNull(config.LastError);

        // Back to the values of the good snapshot: evaluated, the error cleared, nobody notified.
        source.Set("Test:Port", "8080");
        Assert.Equal(ReloadResult.Unchanged, config.Reload());
        Assert.Null(config.LastError);
        Assert.Equal(1, config.Generation);

        Assert.Equal(ReloadResult.Unchanged, config.Reload());
        Assert.Equal(4, source.Loads);
    }

    [Fact]
    public void Reload_NothingChanged_IsCountedAsAnUnchangedReload()
    {
        var type = typeof(UnchangedMeteredConfig).FullName;
        var durations = new List<string>();
        using var listener = new MeterListener
        {
            InstrumentPublished = static (instrument, listener) =>
            {
                if (instrument.Meter.Name == VeltrixMetrics.MeterName && instrument.Name == VeltrixMetrics.ReloadDuration)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((_, _, tags, _) =>
        {
            string? result = null;
            var ours = false;
            foreach (var tag in tags)
            {
                ours |= tag.Key == VeltrixMetrics.TypeTag && (string?)tag.Value == type;
                result = tag.Key == VeltrixMetrics.ResultTag ? (string?)tag.Value : result;
            }

            if (ours)
            {
                lock (durations)
                {
                    durations.Add(result!);
                }
            }
        });
        listener.Start();
        using var config = VeltrixConfiguration.CreateBuilder<UnchangedMeteredConfig>()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["UnchangedMetered:Port"] = "9090" })
            .Build();

        Assert.Equal(ReloadResult.Unchanged, config.Reload());

        lock (durations)
        {
            Assert.Equal(["unchanged"], durations);
        }
    }

    [Fact]
    public void Reload_JsonFileRewrittenWithSameLengthAndTimestamp_SeesTheChange()
    {
        var path = _temp.Write("appsettings.json", """{"Hostile": {"Port": 8081}}""");
        using var config = VeltrixConfiguration.CreateBuilder<HostileConfig>().AddJsonFile(path).Build();
        var written = File.GetLastWriteTimeUtc(path);

        // No watcher, no event, the same size and modification time: only the bytes tell.
        File.WriteAllText(path, """{"Hostile": {"Port": 8082}}""");
        File.SetLastWriteTimeUtc(path, written);

        Assert.Equal(ReloadResult.Changed, config.Reload());
        Assert.Equal(8082, config.Current.Port);
        Assert.Equal(ReloadResult.Unchanged, config.Reload());
    }

    [Fact]
    public void Reload_JsonFileUnchanged_KeepsOriginsAndUnknownKeys()
    {
        var path = _temp.Write("appsettings.json", """
            {
              "Hostile": {
                "Port": 9090,
                "Prot": 1
              }
            }
            """);
        using var config = VeltrixConfiguration.CreateBuilder<HostileConfig>().AddJsonFile(path).Build();
        var unknownKeys = config.UnknownKeys;
        var raised = 0;
        config.UnknownKeysChanged += (_, _) => raised++;

        Assert.Equal(ReloadResult.Unchanged, config.Reload());

        Assert.Equal(new ConfigOrigin(path, 3, 13), config.GetOrigin("Hostile:Port"));
        Assert.Same(unknownKeys, config.UnknownKeys);
        Assert.Equal(0, raised);
    }

    [Fact]
    public void Reload_ValueMovedToALaterSource_UpdatesItsOrigin()
    {
        var first = _temp.Write("first.json", """{"Hostile": {"Port": 9090}}""");
        var second = _temp.Write("second.json", """{"Other": 1}""");
        using var config = VeltrixConfiguration.CreateBuilder<HostileConfig>().AddJsonFile(first).AddJsonFile(second).Build();

        // The same value, now set by the second file: no key changed, but the origin did.
        _temp.Write("second.json", """{"Hostile": {"Port": 9090}}""");

        Assert.Equal(ReloadResult.Unchanged, config.Reload());
        Assert.Equal(second, config.GetOrigin("Hostile:Port").Source);
    }

    [Fact]
    public void Reload_OptionalFileStillMissingThenCreated_IsUnchangedThenChanged()
    {
        var path = Path.Combine(_temp.DirectoryPath, "optional.json");
        using var config = VeltrixConfiguration.CreateBuilder<HostileConfig>().AddJsonFile(path, optional: true).Build();

        Assert.Equal(ReloadResult.Unchanged, config.Reload());

        _temp.Write("optional.json", """{"Hostile": {"Port": 9090}}""");
        Assert.Equal(ReloadResult.Changed, config.Reload());
        Assert.Equal(9090, config.Current.Port);

        File.Delete(path);
        Assert.Equal(ReloadResult.Changed, config.Reload());
        Assert.Equal(8080, config.Current.Port);
        Assert.Equal(ReloadResult.Unchanged, config.Reload());
    }

    [Fact]
    public void Reload_RequiredFileDeleted_FailsEveryTimeUntilItIsBack()
    {
        var path = _temp.Write("appsettings.json", """{"Hostile": {"Port": 9090}}""");
        using var config = VeltrixConfiguration.CreateBuilder<HostileConfig>().AddJsonFile(path).Build();

        File.Delete(path);
        Assert.Equal(ReloadResult.Failed, config.Reload());
        Assert.Equal(ReloadResult.Failed, config.Reload());
        Assert.Equal("Missing", config.LastError!.Errors[0].Rule);

        _temp.Write("appsettings.json", """{"Hostile": {"Port": 9090}}""");
        Assert.Equal(ReloadResult.Unchanged, config.Reload());
        Assert.Null(config.LastError);
    }

    [Fact]
    public void Reload_EnvironmentVariableSetOrChangedSinceTheLoad_IsSeen()
    {
        var environment = new Hashtable { ["APP_Hostile__Port"] = "9090", ["PATH"] = "/bin" };
        using var config = VeltrixConfiguration.CreateBuilder<HostileConfig>().AddSource(new EnvironmentVariablesSource("APP_", () => environment)).Build();

        environment["PATH"] = "/usr/bin";
        Assert.Equal(ReloadResult.Unchanged, config.Reload());

        environment["APP_Hostile__Name"] = "set later";
        Assert.Equal(ReloadResult.Changed, config.Reload());
        Assert.Equal("set later", config.Current.Name);

        environment["APP_Hostile__Port"] = "9091";
        Assert.Equal(ReloadResult.Changed, config.Reload());
        Assert.Equal(9091, config.Current.Port);

        // Two values swapped between two variables is a change too.
        environment["APP_Hostile__Name"] = "9091";
        environment["APP_Hostile__Port"] = "set later";
        Assert.Equal(ReloadResult.Failed, config.Reload());
    }

    [Fact]
    public void Reload_CommandLineAndMemorySources_NeverNeedLoading()
    {
        using var config = VeltrixConfiguration.CreateBuilder<HostileConfig>()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Hostile:Port"] = "9090" })
            .AddCommandLine(["--Hostile:Name=cli"])
            .Build();
        var data = config.GetOrigin("Hostile:Name");

        Assert.Equal(ReloadResult.Unchanged, config.Reload());
        Assert.Equal(data, config.GetOrigin("Hostile:Name"));
        Assert.Equal((9090, "cli"), (config.Current.Port, config.Current.Name));
    }
}
