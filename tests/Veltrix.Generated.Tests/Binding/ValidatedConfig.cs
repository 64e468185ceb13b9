using System.Collections.Immutable;
using System.ComponentModel.DataAnnotations;

namespace Veltrix.Tests.Binding;

/// <summary>One member per DataAnnotations rule, each valid by default, under "Valid".</summary>
[VeltrixConfig("Valid")]
public sealed partial class ValidatedConfig
{
    [Required]
    public string? Name { get; init; }

    [Range(1, 65535)]
    public int Port { get; init; } = 8080;

    [Range(0.5, 1.5)]
    public double Ratio { get; init; } = 1;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    [RegularExpression("^[a-z]+$")]
    public string Slug { get; init; } = "abc";

    [MinLength(2)]
    public string Code { get; init; } = "ab";

    [MaxLength(5)]
    public string Nick { get; init; } = "x";

    [Length(2, 4)]
    public string Mid { get; init; } = "abc";

    [AllowedValues("red", "green")]
    public string Tint { get; init; } = "red";

    [AllowedValues(Color.Red, Color.Green)]
    public Color Shade { get; init; } = Color.Red;

    [DeniedValues("root", "admin")]
    public string User { get; init; } = "guest";

    [MinLength(1)]
    public IReadOnlyList<string> Hosts { get; init; } = ["h1"];

    [MaxLength(2)]
    public List<int> Few { get; init; } = [];

    [Length(1, 3)]
    public string[] Tags { get; init; } = ["a"];

    [MaxLength(2)]
    public ImmutableArray<string> Codes { get; init; } = [];

    [Range(0.0, 1.0, MinimumIsExclusive = true, MaximumIsExclusive = true)]
    public double Probability { get; init; } = 0.5;

    [StringLength(5, MinimumLength = 2)]
    public string Label { get; init; } = "abc";

    [Range(1, 10, ErrorMessage = "Retries must be 1-10 ({0}).")]
    public int Retries { get; init; } = 3;

    [Range(1, 10)]
    public int? Level { get; init; }
}
