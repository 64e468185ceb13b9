using System;
using OpenTelemetry.Metrics;

namespace Veltrix.Extensions.Hosting;

/// <summary>Registers Veltrix's metrics with OpenTelemetry.</summary>
public static class VeltrixMeterProviderBuilderExtensions
{
    /// <summary>
    /// Collects the meter <see cref="VeltrixMetrics.MeterName"/>: per schema type, reloads and rejected reloads, reload
    /// durations, the generation, the last successful load, each source's status and the value of every setting that
    /// carries a role attribute (<see cref="VeltrixMetrics.Setting"/>; secrets never).
    /// </summary>
    /// <param name="builder">The meter provider builder, as <c>services.AddOpenTelemetry().WithMetrics(m => …)</c> hands it.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <remarks>
    /// The instruments belong to each <see cref="LiveConfig{T}"/> and appear once it is built: with
    /// <c>AddVeltrix&lt;T&gt;()</c>, when the host starts.
    /// </remarks>
    public static MeterProviderBuilder AddVeltrixInstrumentation(this MeterProviderBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddMeter(VeltrixMetrics.MeterName);
    }
}
