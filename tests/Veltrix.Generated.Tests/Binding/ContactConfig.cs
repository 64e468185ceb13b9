using System.ComponentModel.DataAnnotations;

namespace Veltrix.Tests.Binding;

/// <summary>
/// Every DataAnnotations rule Veltrix checks through the attribute itself, [Compare], a user's own attributes and
/// <see cref="IValidatableObject"/>, under "Contact". Valid by default.
/// </summary>
[VeltrixConfig("Contact")]
public sealed partial class ContactConfig : IValidatableObject
{
    [EmailAddress]
    public string? Email { get; init; }

    [Url]
    public string? Home { get; init; }

    [Phone]
    public string? Phone { get; init; }

    [CreditCard]
    public string? Card { get; init; }

    [Base64String]
    public string? Key { get; init; }

    [FileExtensions(Extensions = "json,yaml")]
    public string? File { get; init; }

    [Secret]
    [EmailAddress]
    public string? Private { get; init; }

    public string? Password { get; init; }

    [Compare(nameof(Password))]
    public string? ConfirmPassword { get; init; }

    [Even(Offset = 1)]
    public int Odd { get; init; } = 1;

    [Prefix("app-")]
    public string Name { get; init; } = "app-one";

    [Secret]
    [Prefix("sk-")]
    public string? Token { get; init; }

    [StrictNumber]
    public string? Count { get; init; }

    [Secret]
    [StrictNumber]
    public string? Pin { get; init; }

    public int Minimum { get; init; } = 1;

    public int Maximum { get; init; } = 10;

    public MailSection Mail { get; init; } = new();

    public List<RecipientSection> Recipients { get; init; } = [];

    /// <summary>Cross-member rule: the DataAnnotations way to relate two members.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Minimum > Maximum)
        {
            yield return new ValidationResult("Minimum must not exceed Maximum.", [nameof(Minimum), nameof(Maximum)]);
        }

        if (Name == "app-forbidden")
        {
            yield return new ValidationResult("This name is reserved.");
        }
    }
}

/// <summary>A nested section with rules of its own, on its members and on the type.</summary>
[SameDomain(ErrorMessage = "The relay must be in the sender's domain.")]
public sealed partial class MailSection
{
    [EmailAddress]
    public string From { get; init; } = "ops@example.com";

    [Url]
    public string? Relay { get; init; }
}

/// <summary>An element of a list of sections.</summary>
public sealed partial class RecipientSection
{
    [Required]
    [EmailAddress]
    public string Address { get; init; } = "a@example.com";
}

/// <summary>A user's rule with a named argument: the number minus <see cref="Offset"/> is even.</summary>
public sealed class EvenAttribute : ValidationAttribute
{
    public int Offset { get; set; }

    public override bool IsValid(object? value) => value is not int number || (number - Offset) % 2 == 0;
}

/// <summary>A user's rule with a constructor argument and its own message.</summary>
public sealed class PrefixAttribute(string prefix) : ValidationAttribute("{0} must start with " + prefix + ".")
{
    public override bool IsValid(object? value) => value is not string text || text.StartsWith(prefix, StringComparison.Ordinal);
}

/// <summary>A user's rule that throws on a value it cannot read.</summary>
public sealed class StrictNumberAttribute : ValidationAttribute
{
    public override bool IsValid(object? value)
        => value is not string text || int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) >= 0;
}

/// <summary>A rule on a section type: the relay, when set, is in the domain of the sender.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SameDomainAttribute : ValidationAttribute
{
    public override bool IsValid(object? value)
        => value is not MailSection mail
            || mail.Relay is null
            || mail.Relay.Contains(mail.From[(mail.From.IndexOf('@', StringComparison.Ordinal) + 1)..], StringComparison.OrdinalIgnoreCase);
}
