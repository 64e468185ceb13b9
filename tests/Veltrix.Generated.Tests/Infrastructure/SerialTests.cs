namespace Veltrix.Tests.Infrastructure;

/// <summary>
/// Tests that measure latency or load the machine (file watching, reload storms) run alone, after the parallel
/// tests, so that neither disturbs the other's figures.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialTests
{
    public const string Name = "Serial: file watching and stress";
}
