using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using Veltrix.Extensions.Hosting.Tests.Infrastructure;
using Veltrix.Extensions.Hosting.Tests.Schemas;

namespace Veltrix.Extensions.Hosting.Tests;

/// <summary><c>AddVeltrixInstrumentation()</c> with the OpenTelemetry SDK, exported to memory.</summary>
public sealed class InstrumentationTests
{
    private static readonly string PoolType = typeof(PoolConfig).FullName!;

    [Fact]
    public async Task AddVeltrixInstrumentation_HostedConfig_ExportsReloadsGenerationSourcesAndRoleSettings()
    {
        var exported = new List<Metric>();
        using var meters = Sdk.CreateMeterProviderBuilder().AddVeltrixInstrumentation().AddInMemoryExporter(exported).Build();
        var builder = TestHosts.Create(new CapturingLoggerProvider(), ("Pool:Size", "32"));
        builder.Services.AddVeltrix<PoolConfig>();
        using var host = builder.Build();
        await host.StartAsync();
        var live = host.Services.GetRequiredService<LiveConfig<PoolConfig>>();

        var change = LiveEvents.NextChange(live);
        TestHosts.SetAndReload(builder.Configuration, ("Pool:Size", "48"));
        await change;
        Assert.True(meters.ForceFlush());

        var points = Points(exported);
        Assert.Equal(1, points[(VeltrixMetrics.Reloads, "veltrix.config.reload.result=changed")]);
        Assert.Equal(0, points[(VeltrixMetrics.Reloads, "veltrix.config.reload.result=failed")]);
        Assert.Equal(2, points[(VeltrixMetrics.Generation, "")]);
        Assert.Contains(points.Keys, p => p.Name == VeltrixMetrics.LastSuccessTimestamp);
        Assert.Equal(0, Assert.Single(points, p => p.Key.Name == VeltrixMetrics.SourceStatus).Value);
        Assert.Equal(
            [
                ("veltrix.config.key=Pool:Acquire,veltrix.config.role=timeout", 2.0),
                ("veltrix.config.key=Pool:Size,veltrix.config.role=pool_size", 48.0),
            ],
            points.Where(p => p.Key.Name == VeltrixMetrics.Setting).Select(p => (p.Key.Tags, p.Value)).Order());
        await host.StopAsync();
    }

    /// <summary>The last point of every metric stream of <see cref="PoolConfig"/>: by name and its other tags, sorted.</summary>
    private static Dictionary<(string Name, string Tags), double> Points(List<Metric> exported)
    {
        var points = new Dictionary<(string, string), double>();
        foreach (var metric in exported)
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                var tags = new List<string>();
                var ours = false;
                foreach (var tag in point.Tags)
                {
                    if (tag.Key == VeltrixMetrics.TypeTag)
                    {
                        ours = PoolType.Equals(tag.Value);
                    }
                    else
                    {
                        tags.Add($"{tag.Key}={tag.Value}");
                    }
                }

                if (ours)
                {
                    tags.Sort(StringComparer.Ordinal);
                    points[(metric.Name, string.Join(',', tags))] = Value(metric.MetricType, point);
                }
            }
        }

        return points;
    }

    private static double Value(MetricType type, MetricPoint point) => type switch
    {
        MetricType.LongSum or MetricType.LongSumNonMonotonic => point.GetSumLong(),
        MetricType.DoubleSum or MetricType.DoubleSumNonMonotonic => point.GetSumDouble(),
        MetricType.LongGauge => point.GetGaugeLastValueLong(),
        MetricType.DoubleGauge => point.GetGaugeLastValueDouble(),
        MetricType.Histogram => point.GetHistogramCount(),
        _ => double.NaN,
    };
}
