using Xunit;

namespace Veltrix.Tests.Binding;

public sealed class ChangeDetectionTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _path;
    private readonly LiveConfig<DiffConfig> _config;
    private readonly List<ConfigChangedEventArgs<DiffConfig>> _events = [];

    public ChangeDetectionTests()
    {
        _path = _temp.Write("diff.json", Document());
        _config = VeltrixConfiguration.CreateBuilder<DiffConfig>().AddJsonFile(_path, optional: false, reloadOnChange: false).Build();
        _config.Changed += (_, e) => _events.Add(e);
    }

    public void Dispose()
    {
        _config.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public void Reload_FileRewrittenUnchanged_ReturnsUnchangedAndNotifiesNobody()
    {
        var before = _config.Current;
        _temp.Write("diff.json", Document());

        Assert.Equal(ReloadResult.Unchanged, _config.Reload());

        Assert.Empty(_events);
        Assert.Same(before, _config.Current);
        Assert.Equal(1, _config.Generation);
    }

    [Fact]
    public void Reload_ScalarChanged_ReportsExactlyThatKey()
    {
        var before = _config.Current;

        var e = Change(Document(port: "81"));

        Assert.Equal(new[] { "Diff:Port" }, e.ChangedKeys);
        Assert.Same(before, e.Previous);
        Assert.Same(_config.Current, e.Current);
        Assert.Equal(81, _config.Current.Port);
        Assert.Equal(2, _config.Generation);
    }

    [Fact]
    public void Reload_NestedValueChanged_ReportsNestedKey()
    {
        var e = Change(Document(maxEntries: "200"));

        Assert.Equal(new[] { "Diff:Cache:MaxEntries" }, e.ChangedKeys);
        Assert.Equal(200, _config.Current.Cache.MaxEntries);
    }

    [Fact]
    public void Reload_TwoLevelsDeepValueChanged_ReportsDeepKey()
    {
        var e = Change(Document(policy: "\"lfu\""));

        Assert.Equal(new[] { "Diff:Cache:Eviction:Policy" }, e.ChangedKeys);
    }

    [Fact]
    public void Reload_RecordConstructorValueChanged_ReportsThatKey()
    {
        var e = Change(Document(attempts: "9"));

        Assert.Equal(new[] { "Diff:Retry:Attempts" }, e.ChangedKeys);
        Assert.Equal(9, _config.Current.Retry.Attempts);
    }

    [Fact]
    public void Reload_ScalarChanged_KeepsEveryUnchangedSectionInstance()
    {
        var before = _config.Current;

        Change(Document(port: "81"));

        var after = _config.Current;
        Assert.NotSame(before, after);
        Assert.Same(before.Cache, after.Cache);
        Assert.Same(before.Cache.Eviction, after.Cache.Eviction);
        Assert.Same(before.Retry, after.Retry);

        // Collections, and the sections in them, are bound afresh (README, "Unchanged sections stay the same object").
        Assert.NotSame(before.Endpoints, after.Endpoints);
        Assert.NotSame(before.Endpoints[0], after.Endpoints[0]);
    }

    [Fact]
    public void Reload_TwoLevelsDeepValueChanged_ReplacesOnlyTheSectionsOnItsPath()
    {
        var before = _config.Current;

        Change(Document(policy: "\"lfu\""));

        var after = _config.Current;
        Assert.NotSame(before.Cache, after.Cache);
        Assert.NotSame(before.Cache.Eviction, after.Cache.Eviction);
        Assert.Equal("lfu", after.Cache.Eviction.Policy);
        Assert.Equal(before.Cache.MaxEntries, after.Cache.MaxEntries);
        Assert.Same(before.Retry, after.Retry);
    }

    [Fact]
    public void Reload_ValueChangedAndChangedBack_IsANewInstanceEachTimeWithTheRightValues()
    {
        var first = _config.Current;

        Change(Document(attempts: "9"));
        var second = _config.Current;
        _events.Clear();
        Change(Document());
        var third = _config.Current;

        // A record bound from constructor arguments is reused too, and a section is only ever taken from the snapshot
        // it replaces: the third snapshot's Retry equals the first's in value, but is the one bound for it.
        Assert.NotSame(first.Retry, second.Retry);
        Assert.NotSame(second.Retry, third.Retry);
        Assert.Equal(first.Retry, third.Retry);
        Assert.Same(first.Cache, third.Cache);
    }

    [Fact]
    public void Reload_ListElementAdded_ReportsNewElementKey()
    {
        var e = Change(Document(hosts: """["a", "b", "c"]"""));

        Assert.Equal(new[] { "Diff:Hosts:2" }, e.ChangedKeys);
        Assert.Equal(new[] { "a", "b", "c" }, _config.Current.Hosts);
    }

    [Fact]
    public void Reload_ListElementRemoved_ReportsRemovedElementKey()
    {
        var e = Change(Document(hosts: """["a"]"""));

        Assert.Equal(new[] { "Diff:Hosts:1" }, e.ChangedKeys);
        Assert.Equal(new[] { "a" }, _config.Current.Hosts);
    }

    [Fact]
    public void Reload_ListElementChanged_ReportsThatElementKey()
    {
        var e = Change(Document(hosts: """["a", "x"]"""));

        Assert.Equal(new[] { "Diff:Hosts:1" }, e.ChangedKeys);
    }

    [Fact]
    public void Reload_SectionListElementMemberChanged_ReportsElementMemberKey()
    {
        var e = Change(Document(endpoints: """[{ "Address": "e1", "Weight": 1 }, { "Address": "e2", "Weight": 7 }]"""));

        Assert.Equal(new[] { "Diff:Endpoints:1:Weight" }, e.ChangedKeys);
    }

    [Fact]
    public void Reload_DictionaryEntryChanged_ReportsEntryKey()
    {
        var e = Change(Document(limits: """{ "a": 1, "b": 3 }"""));

        Assert.Equal(new[] { "Diff:Limits:b" }, e.ChangedKeys);
        Assert.Equal(3, _config.Current.Limits["b"]);
    }

    [Fact]
    public void Reload_DictionaryEntryAdded_ReportsEntryKey()
    {
        var e = Change(Document(limits: """{ "a": 1, "b": 2, "c": 4 }"""));

        Assert.Equal(new[] { "Diff:Limits:c" }, e.ChangedKeys);
    }

    [Fact]
    public void Reload_DictionaryEntryRemoved_ReportsEntryKey()
    {
        var e = Change(Document(limits: """{ "a": 1 }"""));

        Assert.Equal(new[] { "Diff:Limits:b" }, e.ChangedKeys);
    }

    [Fact]
    public void Reload_NullableSetWhereItWasAbsent_ReportsThatKey()
    {
        var e = Change(Document(grace: "\"00:00:10\""));

        Assert.Equal(new[] { "Diff:Grace" }, e.ChangedKeys);
        Assert.Equal(TimeSpan.FromSeconds(10), _config.Current.Grace);
    }

    [Fact]
    public void Reload_OnlyKeyCaseChanged_ReturnsUnchanged()
    {
        _temp.Write("diff.json", Document(limits: """{ "A": 1, "B": 2 }""").Replace("\"Port\"", "\"PORT\"", StringComparison.Ordinal));

        Assert.Equal(ReloadResult.Unchanged, _config.Reload());

        Assert.Empty(_events);
        Assert.Equal(1, _config.Generation);
    }

    [Fact]
    public void Reload_TwoKeysChanged_ReportsBothOnce()
    {
        var e = Change(Document(port: "81", maxEntries: "200"));

        Assert.Equal(new[] { "Diff:Cache:MaxEntries", "Diff:Port" }, e.ChangedKeys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Reload_ChangedBackAgain_ReportsKeyEachTime()
    {
        Change(Document(port: "81"));
        _events.Clear();

        var e = Change(Document());

        Assert.Equal(new[] { "Diff:Port" }, e.ChangedKeys);
        Assert.Equal(3, _config.Generation);
    }

    [Fact]
    public void Reload_InvalidEdit_KeepsSnapshotAndReportsPosition()
    {
        var good = _config.Current;
        var failures = new List<ConfigReloadFailedEventArgs>();
        _config.ReloadFailed += (_, f) => failures.Add(f);
        var json = Document(port: "\"eighty\"");
        _temp.Write("diff.json", json);

        Assert.Equal(ReloadResult.Failed, _config.Reload());

        Assert.Same(good, _config.Current);
        Assert.Empty(_events);
        var error = Assert.Single(Assert.Single(failures).Exception.Errors);
        Assert.Equal(("Diff:Port", "Type"), (error.KeyPath, error.Rule));
        Assert.Equal(JsonPosition.After(_path, json, "\"Port\": "), error.Origin);
    }

    private ConfigChangedEventArgs<DiffConfig> Change(string json)
    {
        _temp.Write("diff.json", json);
        Assert.Equal(ReloadResult.Changed, _config.Reload());
        return Assert.Single(_events);
    }

    private static string Document(
        string port = "80",
        string maxEntries = "100",
        string policy = "\"lru\"",
        string attempts = "3",
        string hosts = """["a", "b"]""",
        string limits = """{ "a": 1, "b": 2 }""",
        string endpoints = """[{ "Address": "e1", "Weight": 1 }, { "Address": "e2", "Weight": 2 }]""",
        string? grace = null)
        => $$"""
            {
              "Diff": {
                {{(grace is null ? string.Empty : "\"Grace\": " + grace + ",")}}
                "Port": {{port}},
                "Name": "svc",
                "Cache": {
                  "MaxEntries": {{maxEntries}},
                  "Eviction": { "Policy": {{policy}} }
                },
                "Retry": { "Attempts": {{attempts}} },
                "Hosts": {{hosts}},
                "Limits": {{limits}},
                "Endpoints": {{endpoints}}
              }
            }
            """;
}
