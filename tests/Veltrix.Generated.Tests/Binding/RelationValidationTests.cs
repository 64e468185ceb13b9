using Veltrix.Tests.Live;

namespace Veltrix.Tests.Binding;

/// <summary><c>[AtMost]</c> and <c>[AtLeast]</c> enforced by the generated <c>Validate</c> on load and reload.</summary>
public sealed class RelationValidationTests
{
    private static LiveConfig<PoolLimitsConfig> Build(MutableSource source)
        => VeltrixConfiguration.CreateBuilder<PoolLimitsConfig>().AddSource(source).Build();

    [Fact]
    public void Build_MinimumAboveMaximum_ThrowsErrorNamingBothKeys()
    {
        var source = new MutableSource().Set("Pool:MinThreads", "100").Set("Pool:MaxThreads", "10");

        var ex = Assert.Throws<ConfigException>(() => Build(source));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(("Pool:MinThreads", "AtMost"), (error.KeyPath, error.Rule));
        Assert.Contains("'Pool:MaxThreads'", error.Message, StringComparison.Ordinal);
        Assert.Contains("100", error.Message, StringComparison.Ordinal);
        Assert.Contains("(10)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EqualValuesAndNullOther_Passes()
    {
        using var config = Build(new MutableSource()
            .Set("Pool:MinThreads", "8").Set("Pool:MaxThreads", "8")
            .Set("Pool:AttemptTimeout", "01:00:00"));

        Assert.Equal(8, config.Current.MinThreads);
        Assert.Null(config.Current.OverallTimeout);
        Assert.Equal(TimeSpan.FromHours(1), config.Current.AttemptTimeout);
    }

    [Fact]
    public void Reload_MaximumLoweredBelowMinimum_RejectedAndLastGoodKept()
    {
        var source = new MutableSource().Set("Pool:MinThreads", "4").Set("Pool:MaxThreads", "64");
        using var config = Build(source);
        var good = config.Current;
        var failures = new List<ConfigReloadFailedEventArgs>();
        config.ReloadFailed += (_, e) => failures.Add(e);

        source.Set("Pool:MaxThreads", "2");
        Assert.Equal(ReloadResult.Failed, config.Reload());

        Assert.Same(good, config.Current);
        Assert.Equal(64, config.Current.MaxThreads);
        var error = Assert.Single(Assert.Single(failures).Exception.Errors);
        Assert.Equal(("Pool:MinThreads", "AtMost"), (error.KeyPath, error.Rule));
        Assert.Contains("'Pool:MaxThreads'", error.Message, StringComparison.Ordinal);

        source.Set("Pool:MinThreads", "2");
        Assert.Equal(ReloadResult.Changed, config.Reload());
        Assert.Equal((2, 2), (config.Current.MinThreads, config.Current.MaxThreads));
    }

    [Fact]
    public void Reload_TimeSpanAndAtLeastRelationsBroken_ReportsEach()
    {
        var source = new MutableSource();
        using var config = Build(source);
        ConfigException? reported = null;
        config.ReloadFailed += (_, e) => reported = e.Exception;

        source.Set("Pool:AttemptTimeout", "00:01:00").Set("Pool:OverallTimeout", "00:00:30").Set("Pool:MaxBatch", "5");
        Assert.Equal(ReloadResult.Failed, config.Reload());

        Assert.NotNull(reported);
        Assert.Equal(
            [("Pool:AttemptTimeout", "AtMost"), ("Pool:MaxBatch", "AtLeast")],
            reported!.Errors.Select(static e => (e.KeyPath, e.Rule)).Order());
        Assert.Contains(reported.Errors, static e => e.Message.Contains("'Pool:OverallTimeout' (00:00:30)", StringComparison.Ordinal));
        Assert.Contains(reported.Errors, static e => e.Message.Contains("'Pool:MinBatch' (10)", StringComparison.Ordinal));
        Assert.Equal(TimeSpan.FromSeconds(5), config.Current.AttemptTimeout);
    }
}
