namespace Veltrix.Tool.Tests.Infrastructure;

/// <summary>The tests that share one packed and installed tool.</summary>
[CollectionDefinition(Name)]
public sealed class ToolTestGroup : ICollectionFixture<ToolFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "packed veltrix tool";
}
