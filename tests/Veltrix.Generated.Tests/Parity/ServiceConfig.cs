namespace Veltrix.Tests.Parity;

/// <summary>
/// A root schema (section <c>""</c>) of nested sections: classes with <c>= new()</c> initializers, records with
/// <c>init</c> properties, a record with a primary constructor, and a nullable section without a default.
/// </summary>
[VeltrixConfig]
public sealed partial class ServiceConfig
{
    public string Name { get; init; } = "service";

    public int Port { get; init; } = 8080;

    public HttpSection Http { get; init; } = new();

    public RetryPolicy Retry { get; init; } = new();

    public EndpointRecord Primary { get; init; } = new();

    public HttpSection? Fallback { get; init; }
}
