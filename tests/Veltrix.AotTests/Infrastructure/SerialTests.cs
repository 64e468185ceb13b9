namespace Veltrix.AotTests.Infrastructure;

/// <summary>The native publish loads both cores and its start times are measured: it runs alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialTests : ICollectionFixture<PublishedSample>
{
    public const string Name = "Serial: native AOT publish";
}
