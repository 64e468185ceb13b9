namespace Veltrix.Extensions.Hosting.Tests.Infrastructure;

/// <summary>Tests that watch files or publish and run a native binary run alone, so that neither disturbs the others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialTests
{
    public const string Name = "Serial: file watching";
}
