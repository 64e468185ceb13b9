using Veltrix.Analyzers.Diagnostics;
using static Veltrix.Analyzers.Tests.ConfigFiles.ConfigFileTest;

namespace Veltrix.Analyzers.Tests.ConfigFiles;

/// <summary>
/// VLX4004 for the string rules the file check decides as DataAnnotations does: [EmailAddress], [Url], [Phone],
/// [CreditCard], [Base64String], [FileExtensions]. [Compare] and custom attributes run only at runtime.
/// </summary>
public sealed class ConfigFileStringRuleTests
{
    private const string File = "/appsettings.json";

    private const string Schema = """
        using System.ComponentModel.DataAnnotations;
        using Veltrix;

        [VeltrixConfig("App")]
        public sealed partial class AppConfig
        {
            [EmailAddress] public string? Email { get; init; }
            [Url] public string? Home { get; init; }
            [Phone] public string? Phone { get; init; }
            [CreditCard] public string? Card { get; init; }
            [Base64String] public string? Key { get; init; }
            [FileExtensions(Extensions = "json,yaml")] public string? File { get; init; }
            [FileExtensions] public string? Image { get; init; }
            [Secret, EmailAddress] public string? Private { get; init; }
            public string? Password { get; init; }
            [Compare(nameof(Password))] public string? Confirm { get; init; }
            [Even] public int Count { get; init; }
        }

        public sealed class EvenAttribute : ValidationAttribute
        {
            public override bool IsValid(object? value) => value is not int number || number % 2 == 0;
        }
        """;

    [Fact]
    public async Task Valid_EveryStringRuleSatisfied_NothingReported()
    {
        const string json = """
            {
              "App": {
                "Email": "ops@example.com", "Home": "HTTPS://example.com", "Phone": "+1 (555) 123-4567 ext. 89",
                "Card": "4111 1111 1111 1111", "Key": "aGVsbG8=", "File": "settings.YAML", "Image": "logo.png",
                "Private": "me@example.com"
              }
            }
            """;
        var test = Create(Schema, (File, json));

        await test.RunAsync();
    }

    [Fact]
    public async Task Invalid_EachStringRule_ReportedWithRule()
    {
        const string json = """
            {
              "App": {
                "Email": "not-an-email",
                "Home": "example.com",
                "Phone": "555-CALL",
                "Card": "4111 1111 1111 1112",
                "Key": "not base64!",
                "File": "settings.xml",
                "Image": "logo.svg"
              }
            }
            """;
        var test = Create(Schema, (File, json));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileValueInvalid, File, 3, 14, 14)
            .WithArguments("App:Email", "The value 'not-an-email' is not a valid e-mail address.", "EmailAddress"));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileValueInvalid, File, 4, 13, 13)
            .WithArguments("App:Home", "The value 'example.com' is not a fully-qualified http, https or ftp URL.", "Url"));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileValueInvalid, File, 5, 14, 10)
            .WithArguments("App:Phone", "The value '555-CALL' is not a valid phone number.", "Phone"));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileValueInvalid, File, 6, 13, 21)
            .WithArguments("App:Card", "The value '4111 1111 1111 1112' is not a valid credit card number.", "CreditCard"));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileValueInvalid, File, 7, 12, 13)
            .WithArguments("App:Key", "The value 'not base64!' is not a valid Base64 string.", "Base64String"));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileValueInvalid, File, 8, 13, 14)
            .WithArguments("App:File", "The value 'settings.xml' is not a file name with one of the extensions .json, .yaml.", "FileExtensions"));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileValueInvalid, File, 9, 14, 10)
            .WithArguments("App:Image", "The value 'logo.svg' is not a file name with one of the extensions .png, .jpg, .jpeg, .gif.", "FileExtensions"));

        await test.RunAsync();
    }

    [Fact]
    public async Task Invalid_SecretFailsEmailRule_ValueNotShown()
    {
        var test = Create(Schema, (File, """{ "App": { "Private": "hunter2" } }"""));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileValueInvalid, File, 1, 23, 9)
            .WithArguments("App:Private", "The value is not a valid e-mail address.", "EmailAddress"));

        await test.RunAsync();
    }

    [Fact]
    public async Task RuntimeOnlyRules_CompareAndCustomAttribute_NotReported()
    {
        // [Compare] needs the bound object and a custom attribute's IsValid is user code: the generated validator checks them.
        await Create(Schema, (File, """{ "App": { "Password": "a", "Confirm": "b", "Count": 3 } }""")).RunAsync();
    }
}
