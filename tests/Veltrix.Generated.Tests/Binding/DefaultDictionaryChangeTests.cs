using Xunit;

namespace Veltrix.Tests.Binding;

/// <summary>
/// Change detection between a dictionary default (a plain <c>new() { ["default"] = 10 }</c>, case-sensitive) and a
/// bound dictionary: keys are case-insensitive, so only entries whose value differs are changes.
/// </summary>
public sealed class DefaultDictionaryChangeTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Reload_BoundDictionaryRepeatsDefaultEntryInOtherCase_ReportsOnlyNewEntry()
    {
        var path = _temp.Write("merge.json", """{ "Merge": { "Port": 1 } }""");
        using var config = VeltrixConfiguration.CreateBuilder<MergeConfig>().AddJsonFile(path).Build();
        var events = new List<ConfigChangedEventArgs<MergeConfig>>();
        config.Changed += (_, e) => events.Add(e);

        _temp.Write("merge.json", """{ "Merge": { "Port": 1, "Quotas": { "DEFAULT": 10, "gold": 5 } } }""");
        Assert.Equal(ReloadResult.Changed, config.Reload());

        Assert.Equal(new[] { "Merge:Quotas:gold" }, Assert.Single(events).ChangedKeys);
    }

    [Fact]
    public void Reload_BoundDictionaryRemovedAndDefaultHasSameEntry_ReturnsUnchanged()
    {
        var path = _temp.Write("merge.json", """{ "Merge": { "Port": 1, "Quotas": { "DEFAULT": 10 } } }""");
        using var config = VeltrixConfiguration.CreateBuilder<MergeConfig>().AddJsonFile(path).Build();
        var events = new List<ConfigChangedEventArgs<MergeConfig>>();
        config.Changed += (_, e) => events.Add(e);

        _temp.Write("merge.json", """{ "Merge": { "Port": 1 } }""");
        var result = config.Reload();

        Assert.Equal(Array.Empty<string>(), events.SelectMany(e => e.ChangedKeys));
        Assert.Equal(ReloadResult.Unchanged, result);
    }

    [Fact]
    public void TryGetValue_DefaultDictionaryEntry_FoundInAnyCase()
    {
        using var config = VeltrixConfiguration.CreateBuilder<MergeConfig>().Build();

        Assert.True(config.TryGetValue("Merge:Quotas:DEFAULT", out var quota));
        Assert.Equal(10, quota.AsInt32());
    }
}
