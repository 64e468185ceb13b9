namespace Veltrix.PackageTests.Infrastructure;

/// <summary>Every package test shares one pack: it is the slow part, and what they all examine.</summary>
[CollectionDefinition(Name)]
public sealed class PackageTestGroup : ICollectionFixture<PackageFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Package";
}
