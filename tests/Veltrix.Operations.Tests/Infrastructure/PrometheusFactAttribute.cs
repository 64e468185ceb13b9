namespace Veltrix.Operations.Tests.Infrastructure;

/// <summary>
/// A test that needs a real Prometheus: skipped, with the install command, where none is installed and CI is not set
/// (<see cref="PrometheusServer.SkipReason"/>); under <c>CI=true</c> it always runs.
/// </summary>
public sealed class PrometheusFactAttribute : FactAttribute
{
    public PrometheusFactAttribute()
    {
        if (PrometheusServer.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
