using System;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace Veltrix.Sample;

/// <summary>
/// Serves the <c>Veltrix</c> meter in the Prometheus text format with OpenTelemetry: reloads, rejections, generation,
/// source status and the value of every setting with a role attribute, per schema type.
/// </summary>
/// <remarks>
/// A hosted app adds the same meter with <c>AddVeltrixInstrumentation()</c> from Veltrix.Extensions.Hosting; the sample
/// is a console app and names the meter itself.
/// </remarks>
internal static class MetricsEndpoint
{
    /// <summary>The path that Prometheus scrapes.</summary>
    public const string Path = "/metrics";

    /// <summary>Reads <c>--metrics</c>'s value: the http URL of a host and port (<c>http://127.0.0.1:9464/</c>).</summary>
    /// <returns>The URL; null when the value is not one.</returns>
    public static Uri? ParseAddress(string value)
        => Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && uri.PathAndQuery == "/" ? uri : null;

    /// <summary>Starts listening on <paramref name="address"/>; disposing the provider stops it.</summary>
    public static MeterProvider Start(Uri address)
        => Sdk.CreateMeterProviderBuilder()
            .AddMeter(VeltrixMetrics.MeterName)
            .AddPrometheusHttpListener(options =>
            {
                options.Host = address.Host;
                options.Port = address.Port;
                options.ScrapeEndpointPath = Path;
            })
            .Build();
}
