using System.ComponentModel.DataAnnotations;

namespace Veltrix.Tests.Binding;

/// <summary>
/// The DataAnnotations rules Veltrix checks through the attribute itself, [Compare], custom attributes and
/// IValidatableObject: each accepts and rejects what DataAnnotations' <see cref="Validator"/> (what
/// ValidateDataAnnotations runs) accepts and rejects, on the member's key, without quoting a secret.
/// </summary>
public sealed class AttributeValidationTests
{
    public static TheoryData<string, string> Values => new()
    {
        { "Email", "ops@example.com" },
        { "Email", "not-an-email" },
        { "Email", "@example.com" },
        { "Email", "a@b@c" },
        { "Email", "ops@" },
        { "Home", "https://example.com" },
        { "Home", "FTP://files" },
        { "Home", "example.com" },
        { "Home", "file:///etc/passwd" },
        { "Phone", "+1 (555) 123-4567" },
        { "Phone", "555.1234 ext. 12" },
        { "Phone", "555-CALL" },
        { "Phone", "---" },
        { "Card", "4111 1111 1111 1111" },
        { "Card", "4111-1111-1111-1112" },
        { "Card", "4111x" },
        { "Key", "aGVsbG8=" },
        { "Key", "aGVsbG8" },
        { "Key", "not base64!" },
        { "File", "settings.json" },
        { "File", "SETTINGS.YAML" },
        { "File", "settings.xml" },
        { "File", "settings" },
        { "Odd", "3" },
        { "Odd", "4" },
        { "Name", "app-two" },
        { "Name", "svc-two" },
        { "Mail:From", "mail@example.com" },
        { "Mail:From", "mail" },
        { "Mail:Relay", "http://relay.example.com" },
        { "Mail:Relay", "relay" },
        { "Recipients:0:Address", "x@example.com" },
        { "Recipients:0:Address", "x" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Build_Value_AcceptedOrRejectedAsDataAnnotationsDoes(string key, string value)
    {
        var expected = DataAnnotationsErrors(key, value);

        var errors = Errors(("Contact:" + key, value));

        if (expected.Count == 0)
        {
            Assert.Empty(errors);
        }
        else
        {
            var error = Assert.Single(errors);
            Assert.Equal("Contact:" + key, error.KeyPath);
            Assert.Equal(Rule(key), error.Rule);
        }
    }

    [Fact]
    public void Build_InvalidEmail_MessageNamesTheValueAndTheRule()
    {
        var error = Assert.Single(Errors(("Contact:Email", "not-an-email")));

        Assert.Equal("The value 'not-an-email' is not a valid e-mail address.", error.Message);
        Assert.Equal("EmailAddress", error.Rule);
    }

    [Fact]
    public void Build_InvalidFileExtension_MessageListsTheExtensions()
    {
        var error = Assert.Single(Errors(("Contact:File", "settings.xml")));

        Assert.Equal("The value 'settings.xml' is not a file name with one of the extensions .json, .yaml.", error.Message);
    }

    [Fact]
    public void Build_SecretFailsEmailRule_ValueNotQuoted()
    {
        var error = Assert.Single(Errors(("Contact:Private", "hunter2-secret")));

        Assert.Equal("Contact:Private", error.KeyPath);
        Assert.DoesNotContain("hunter2", error.ToString(), StringComparison.Ordinal);
        Assert.Equal("The value is not a valid e-mail address.", error.Message);
    }

    [Fact]
    public void Build_SecretFailsCustomRule_AttributeMessageWithoutValue()
    {
        var error = Assert.Single(Errors(("Contact:Token", "hunter2-secret")));

        Assert.Equal("Token must start with sk-.", error.Message);
        Assert.DoesNotContain("hunter2", error.ToString(), StringComparison.Ordinal);
        Assert.Equal("Prefix", error.Rule);
    }

    [Fact]
    public void Build_CustomAttributeFails_ReportsItsFormattedMessage()
    {
        var error = Assert.Single(Errors(("Contact:Name", "svc")));

        Assert.Equal("Contact:Name", error.KeyPath);
        Assert.Equal("Name must start with app-.", error.Message);
    }

    [Fact]
    public void Build_CustomAttributeWithNamedArgument_UsesIt()
    {
        Assert.Empty(Errors(("Contact:Odd", "5")));
        Assert.Equal("Even", Assert.Single(Errors(("Contact:Odd", "6"))).Rule);
    }

    [Fact]
    public void Build_CustomAttributeThrows_ReportedAsAnErrorOnTheKey()
    {
        var error = Assert.Single(Errors(("Contact:Count", "many")));

        Assert.Equal(("Contact:Count", "StrictNumber"), (error.KeyPath, error.Rule));
        Assert.StartsWith("The rule failed with FormatException: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_CustomAttributeThrowsOnSecret_ExceptionMessageNotShown()
    {
        var error = Assert.Single(Errors(("Contact:Pin", "hunter2")));

        Assert.Equal("The rule failed with FormatException.", error.Message);
        Assert.DoesNotContain("hunter2", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("pw", "pw", true)]
    [InlineData("pw", "PW", false)]
    [InlineData("pw", null, false)]
    [InlineData(null, "pw", false)]
    public void Build_Compare_PassesOnlyWhenEqual(string? password, string? confirm, bool valid)
    {
        var values = new List<(string, string)>();
        if (password is not null)
        {
            values.Add(("Contact:Password", password));
        }

        if (confirm is not null)
        {
            values.Add(("Contact:ConfirmPassword", confirm));
        }

        var errors = Errors([.. values]);

        var dataAnnotations = Validate(new ContactConfig { Password = password, ConfirmPassword = confirm });
        Assert.Equal(dataAnnotations.Count == 0, valid);
        if (valid)
        {
            Assert.Empty(errors);
        }
        else
        {
            var error = Assert.Single(errors);
            Assert.Equal("Contact:ConfirmPassword", error.KeyPath);
            Assert.Equal("Compare", error.Rule);
            Assert.Equal("The value does not match 'Contact:Password': the two must be equal.", error.Message);
        }
    }

    [Fact]
    public void Build_AttributeOnSectionTypeFails_ReportedOnTheSectionKey()
    {
        var error = Assert.Single(Errors(("Contact:Mail:Relay", "http://relay.other.org")));

        Assert.Equal(("Contact:Mail", "SameDomain"), (error.KeyPath, error.Rule));
        Assert.Equal("The relay must be in the sender's domain.", error.Message);
        Assert.NotEmpty(Validate(new MailSection { Relay = "http://relay.other.org" }));
    }

    [Fact]
    public void Build_MemberOfSectionFails_AttributeOnTypeNotAsked()
    {
        // As Validator.TryValidateObject: type attributes run only once the members passed.
        var error = Assert.Single(Errors(("Contact:Mail:Relay", "relay.other.org")));

        Assert.Equal(("Contact:Mail:Relay", "Url"), (error.KeyPath, error.Rule));
    }

    [Fact]
    public void Build_ValidatableObjectFails_ReportedOnEveryNamedMember()
    {
        var errors = Errors(("Contact:Minimum", "20"), ("Contact:Maximum", "5"));

        Assert.Equal(["Contact:Maximum", "Contact:Minimum"], errors.Select(static e => e.KeyPath).Order(StringComparer.Ordinal));
        Assert.All(errors, static e => Assert.Equal("Minimum must not exceed Maximum.", e.Message));
        Assert.All(errors, static e => Assert.Equal("IValidatableObject", e.Rule));
    }

    [Fact]
    public void Build_ValidatableObjectResultWithoutMembers_ReportedOnTheSection()
    {
        var error = Assert.Single(Errors(("Contact:Name", "app-forbidden")));

        Assert.Equal("Contact", error.KeyPath);
        Assert.Equal("This name is reserved.", error.Message);
    }

    [Fact]
    public void Build_MemberRuleFails_ValidatableObjectNotAsked()
    {
        // As Validator.TryValidateObject: Validate runs only once the members passed.
        var errors = Errors(("Contact:Email", "nope"), ("Contact:Minimum", "20"), ("Contact:Maximum", "5"));

        Assert.Equal("EmailAddress", Assert.Single(errors).Rule);
    }

    [Fact]
    public void Reload_InvalidEmail_RejectedAndLastGoodKept()
    {
        var source = new Veltrix.Tests.Live.MutableSource().Set("Contact:Email", "ops@example.com");
        using var config = VeltrixConfiguration.CreateBuilder<ContactConfig>().AddSource(source).Build();
        var good = config.Current;

        source.Set("Contact:Email", "not-an-email");

        Assert.Equal(ReloadResult.Failed, config.Reload());
        Assert.Same(good, config.Current);
    }

    private static string Rule(string key) => key.Split(':')[^1] switch
    {
        "Email" or "From" or "Address" => "EmailAddress",
        "Home" or "Relay" => "Url",
        "Card" => "CreditCard",
        "Key" => "Base64String",
        "File" => "FileExtensions",
        "Odd" => "Even",
        "Name" => "Prefix",
        var name => name,
    };

    // What DataAnnotations says about the same value on the same member (by reflection: this is the reference).
    private static List<ValidationResult> DataAnnotationsErrors(string key, string value)
    {
        var segments = key.Split(':');
        object instance = segments[0] switch
        {
            "Mail" => new MailSection(),
            "Recipients" => new RecipientSection(),
            _ => new ContactConfig(),
        };
        var property = instance.GetType().GetProperty(segments[^1])!;
        object converted = property.PropertyType == typeof(int) ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : value;
        var results = new List<ValidationResult>();
        Validator.TryValidateProperty(converted, new ValidationContext(instance) { MemberName = property.Name }, results);
        return results;
    }

    private static List<ValidationResult> Validate(object instance)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(instance, new ValidationContext(instance), results, validateAllProperties: true);
        return results;
    }

    private static IReadOnlyList<ConfigError> Errors(params (string Key, string Value)[] values)
    {
        var pairs = values.Select(static v => new KeyValuePair<string, string?>(v.Key, v.Value)).ToList();
        try
        {
            using var config = VeltrixConfiguration.CreateBuilder<ContactConfig>().AddInMemoryCollection(pairs).Build();
            return [];
        }
        catch (ConfigException exception)
        {
            return exception.Errors;
        }
    }
}
