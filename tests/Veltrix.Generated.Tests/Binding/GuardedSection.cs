using System.ComponentModel.DataAnnotations;

namespace Veltrix.Tests.Binding;

/// <summary>A section with rules of its own, used alone, in a list and in a dictionary.</summary>
public sealed partial class GuardedSection
{
    [Required]
    public string? Address { get; init; }

    [Range(1, 100)]
    public int Weight { get; init; } = 1;
}
