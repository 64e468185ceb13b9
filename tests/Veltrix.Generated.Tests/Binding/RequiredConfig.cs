using System.ComponentModel.DataAnnotations;

namespace Veltrix.Tests.Binding;

/// <summary>Keys a source must provide: [Required] on a string and an int, and the C# required modifier.</summary>
[VeltrixConfig("Req")]
public sealed partial class RequiredConfig
{
    [Required]
    public string? Name { get; init; }

    [Required]
    public int Workers { get; init; }

    public required string Region { get; init; }

    public int Optional { get; init; } = 5;
}
