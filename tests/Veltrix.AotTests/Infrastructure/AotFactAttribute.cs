namespace Veltrix.AotTests.Infrastructure;

/// <summary>
/// A test that publishes or runs the sample as a native binary. Skipped, with the reason, where no C toolchain can
/// link one and CI is not set (<see cref="PublishedSample.SkipReason"/>); under <c>CI=true</c> it always runs.
/// </summary>
public sealed class AotFactAttribute : FactAttribute
{
    /// <summary>Skips the test when <see cref="PublishedSample.SkipReason"/> says so.</summary>
    public AotFactAttribute()
    {
        if (PublishedSample.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
