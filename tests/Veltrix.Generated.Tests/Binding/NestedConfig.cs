namespace Veltrix.Tests.Binding;

/// <summary>Nested sections of every shape: a class with a class inside, a record with a primary constructor, a record with init properties.</summary>
[VeltrixConfig("Nested")]
public sealed partial class NestedConfig
{
    public string Name { get; init; } = "nested";

    public CacheSection Cache { get; init; } = new();

    public RetryPolicy Retry { get; init; } = new();

    public BoundsRecord Bounds { get; init; } = new();
}
