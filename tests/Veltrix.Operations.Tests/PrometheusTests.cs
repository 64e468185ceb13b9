using System.Diagnostics;
using System.Globalization;
using Veltrix.Operations.Tests.Infrastructure;
using Veltrix.Tests.Sample;
using Xunit.Abstractions;

namespace Veltrix.Operations.Tests;

/// <summary>
/// A real Prometheus scrapes the sample (<c>--watch --metrics</c>) every second while its file is saved: the new setting
/// value and the reload count appear, a bad save appears as a rejected reload, and every query of the shipped dashboard
/// returns data.
/// </summary>
public sealed class PrometheusTests(ITestOutputHelper output)
{
    private const string QueueCapacity = "veltrix_config_setting{veltrix_config_key=\"Server:Workers:QueueCapacity\"}";

    [PrometheusFact]
    public void Prometheus_ScrapingTheSample_SeesSavedSettingsReloadsAndRejections()
    {
        var port = FreePort.Next();
        using var sample = SampleProcess.Start("--metrics", $"http://127.0.0.1:{port}/");
        sample.WaitFor("Watching these files");
        using var prometheus = PrometheusServer.Start($"127.0.0.1:{port}");
        try
        {
            prometheus.WaitForValue($"up{{job=\"{PrometheusServer.Job}\"}}", 1);

            // What the instance runs with: its role settings (the overlay's value where it sets one, timeouts in seconds),
            // never the secret; and every reload result at zero before the first reload.
            var queue = prometheus.WaitForValue(QueueCapacity, 5000);
            Assert.Equal(("queue_capacity", "Veltrix.Sample.ServerConfig", PrometheusServer.Job, $"127.0.0.1:{port}"),
                (queue.Label("veltrix_config_role"), queue.Label("veltrix_config_type"), queue.Label("job"), queue.Label("instance")));
            prometheus.WaitForValue("veltrix_config_setting{veltrix_config_key=\"Server:Cache:MaxEntries\"}", 200_000);
            prometheus.WaitForValue("veltrix_config_setting{veltrix_config_key=\"Server:Timeouts:Request\"}", 30);
            Assert.Empty(prometheus.Query("veltrix_config_setting{veltrix_config_key=~\"(?i).*password.*\"}"));
            Assert.Equal(4, prometheus.Query("veltrix_config_source_status == 0").Count);
            prometheus.WaitForValue(Reloads("changed"), 0);
            prometheus.WaitForValue(Reloads("failed"), 0);

            // A good save: the new value, one changed reload, generation 2.
            var saved = Stopwatch.GetTimestamp();
            sample.SaveBase("\"QueueCapacity\": 5000", "\"QueueCapacity\": 7500");
            sample.WaitFor("generation 2: ");
            prometheus.WaitForValue(QueueCapacity, 7500);
            var settingSeen = Stopwatch.GetElapsedTime(saved);
            prometheus.WaitForValue(Reloads("changed"), 1);
            prometheus.WaitForValue("veltrix_config_generation", 2);

            // A bad save: a rejected reload, by rule, visible to increase(); the last good value keeps serving.
            var broken = Stopwatch.GetTimestamp();
            File.WriteAllText(sample.BaseFile, "{ \"Server\": { ");
            sample.WaitFor("reload rejected, still serving generation 2:");
            prometheus.WaitForValue(Reloads("failed"), 1);
            var rejectionSeen = Stopwatch.GetElapsedTime(broken);
            prometheus.WaitForValue("veltrix_config_reload_failures_total{error_type=\"Syntax\"}", 1);
            prometheus.WaitFor($"increase({Reloads("failed")}[1m]) > 0", static r => r.Count == 1, "the rejection as an increase");
            Assert.Equal(7500, Assert.Single(prometheus.Query(QueueCapacity)).Value);
            Assert.Equal(2, Assert.Single(prometheus.Query("veltrix_config_generation")).Value);

            // Every panel of the dashboard shows something for this instance.
            foreach (var expression in GrafanaDashboard.Load().Expressions)
            {
                prometheus.WaitFor(GrafanaDashboard.Substitute(expression), static r => r.Count > 0, "data for a dashboard panel");
            }

            ReliabilityFigures.Report(output, "Prometheus", string.Create(CultureInfo.InvariantCulture,
                $"1 s scrapes of the sample: a saved setting was in Prometheus {settingSeen.TotalSeconds:F1} s after the save, a rejected save counted {rejectionSeen.TotalSeconds:F1} s after it"));
            Assert.Equal(0, sample.Interrupt());
        }
        finally
        {
            output.WriteLine(sample.Transcript);
        }
    }

    private static string Reloads(string result)
        => $"veltrix_config_reloads_total{{veltrix_config_reload_result=\"{result}\"}}";
}
