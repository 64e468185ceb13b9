using Veltrix.Operations.Tests.Infrastructure;
using Veltrix.Tests.Sample;
using Xunit.Abstractions;

namespace Veltrix.Operations.Tests;

/// <summary>
/// The Grafana dashboard in docs/grafana: the panels an operator needs, per instance, and queries that name only
/// metrics the sample's OpenTelemetry Prometheus exporter really serves.
/// </summary>
public sealed class DashboardTests(ITestOutputHelper output)
{
    [Fact]
    public void Dashboard_Panels_ShowSettingsReloadsRejectionsLastSuccessAndSourceHealth_PerInstance()
    {
        var dashboard = GrafanaDashboard.Load();

        Assert.Equal(
            ["Settings per instance", "Reloads", "Rejected reloads", "Rejections by rule", "Last successful reload", "Generation", "Source health", "Reload duration (p99)"],
            dashboard.Panels.Select(static p => p.Title));
        Assert.Equal("table", dashboard.Panels[0].Type);
        Assert.Equal("state-timeline", dashboard.Panels.Single(static p => p.Title == "Source health").Type);
        Assert.All(dashboard.Panels, static p => Assert.NotEmpty(p.Expressions));

        // Every query follows the variables and keeps instances apart.
        Assert.All(dashboard.Expressions, static e => Assert.Contains("job=~\"$job\", instance=~\"$instance\", veltrix_config_type=~\"$type\"", e, StringComparison.Ordinal));
        Assert.All(dashboard.Expressions, static e => Assert.Contains("instance", e.Replace("$instance", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.Equal(["datasource", "job", "instance", "type"], dashboard.Variables.Select(static v => v.Name));
    }

    [Theory]
    [InlineData("veltrix_config_setting{job=~\"$job\", veltrix_config_key=\"Server:Port\"}", "veltrix_config_setting")]
    [InlineData("sum by (instance, veltrix_config_reload_result) (increase(veltrix_config_reloads_total{instance=~\"$instance\"}[$__rate_interval]))", "veltrix_config_reloads_total")]
    [InlineData("time() - max by (instance) (veltrix_config_reload_last_success_timestamp_seconds)", "veltrix_config_reload_last_success_timestamp_seconds")]
    [InlineData("histogram_quantile(0.99, sum by (le) (rate(a_bucket[5m] offset 1m))) / on (instance) group_left b", "a_bucket", "b")]
    [InlineData("label_replace(up, \"dst\", \"$1\", \"src\", \"(.*)\") and ignoring(job) other_metric > bool 2", "up", "other_metric")]
    public void MetricNames_OfAnExpression_AreTheMetricsNotFunctionsLabelsDurationsOrStrings(string promQl, params string[] expected)
        => Assert.Equal(expected.Order(StringComparer.Ordinal), GrafanaDashboard.MetricNames(promQl).Order(StringComparer.Ordinal));

    [Fact]
    public void Dashboard_EveryQuery_NamesOnlyMetricsTheSampleExports()
    {
        var port = FreePort.Next();
        using var sample = SampleProcess.Start("--metrics", $"http://127.0.0.1:{port}/");
        var serving = sample.WaitFor("serving metrics at ");
        sample.WaitFor("Watching these files");

        // One change and one rejection first, so that every instrument has measured something.
        sample.SaveBase("\"QueueCapacity\": 5000", "\"QueueCapacity\": 6000");
        sample.WaitFor("generation 2: ");
        File.WriteAllText(sample.BaseFile, "{ \"Server\": { ");
        sample.WaitFor("reload rejected, still serving generation 2:");
        var exported = ScrapedMetrics.Names(ScrapedMetrics.Get(new Uri(serving["serving metrics at ".Length..])));
        output.WriteLine("exported: " + string.Join(", ", exported.Order(StringComparer.Ordinal)));

        var dashboard = GrafanaDashboard.Load();
        foreach (var expression in dashboard.Expressions)
        {
            var names = GrafanaDashboard.MetricNames(expression);
            Assert.NotEmpty(names);
            var missing = names.Where(name => !exported.Contains(name)).ToList();
            Assert.True(missing.Count == 0, $"{expression} reads {string.Join(", ", missing)}, which the sample does not export");
        }

        foreach (var variable in dashboard.Variables.Where(static v => v.Type == "query"))
        {
            var metric = GrafanaDashboard.LabelValuesMetric(variable.Query);
            Assert.NotNull(metric);
            Assert.Contains(metric, exported);
        }

        Assert.Equal(0, sample.Interrupt());
    }
}
