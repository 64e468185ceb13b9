using System.ComponentModel.DataAnnotations;

namespace Veltrix.Extensions.Hosting.Tests.Schemas;

/// <summary>The Shop:Cache section.</summary>
public sealed partial class ShopCacheSection
{
    [Range(1, 1_000_000)]
    public int MaxEntries { get; init; } = 100;
}
