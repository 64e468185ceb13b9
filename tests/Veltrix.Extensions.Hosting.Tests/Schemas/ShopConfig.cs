using System.ComponentModel.DataAnnotations;

namespace Veltrix.Extensions.Hosting.Tests.Schemas;

/// <summary>The schema the hosting tests bind: Shop:Name, Shop:Port, Shop:ApiKey (secret), Shop:Hosts, Shop:Cache:MaxEntries.</summary>
[VeltrixConfig("Shop")]
public sealed partial class ShopConfig
{
    public string Name { get; init; } = "shop";

    [Range(1, 65535)]
    public int Port { get; init; } = 8080;

    [Secret]
    [MinLength(12)]
    public string? ApiKey { get; init; }

    public IReadOnlyList<string> Hosts { get; init; } = [];

    public ShopCacheSection Cache { get; init; } = new();
}
