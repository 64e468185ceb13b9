namespace Veltrix.Tests.Parity;

/// <summary>A section used as a collection element, itself holding a list and a dictionary.</summary>
public sealed partial class EndpointSection
{
    public string Host { get; init; } = "localhost";

    public ushort Port { get; init; } = 443;

    public ParityAccess Access { get; init; } = ParityAccess.None;

    public List<string> Aliases { get; init; } = [];

    public Dictionary<string, int> Weights { get; init; } = [];
}
