using Veltrix.Analyzers.Diagnostics;
using static Veltrix.Analyzers.Tests.ConfigFiles.ConfigFileTest;

namespace Veltrix.Analyzers.Tests.ConfigFiles;

public sealed class ConfigFileValueTests
{
    private const string File = "/appsettings.json";

    [Fact]
    public async Task Values_AllBindAndPass_NothingReported()
    {
        const string json = """
            {
              "Server": {
                "Name": "orders", "Port": "0x1F90", "Mode": "priority", "Hosts": ["a"], "Region": "eu",
                "Weights": { "a": 1, "b": "#10" }, "Workers": "", "request_timeout": "1.00:00:00",
                "Cache": { "MaxEntries": 5, "Ttl": "00:00:30", "Sliding": "00:10:00" }
              }
            }
            """;

        await Create(Schema, (File, json)).RunAsync();
    }

    [Fact]
    public async Task ObjectAsElementOfDictionaryOrListOfValues_LeftOutAtRunTime_NothingReported()
    {
        // A metadata bag holding a nested document, as gateway route files ship: the runtime leaves the entry out.
        const string json = """{ "Server": { "Name": "x", "Hosts": ["a", { "b": 1 }], "Weights": { "a": 1, "doc": { "lat": 1.5 } } } }""";

        await Create(Schema, (File, json)).RunAsync();
    }

    [Fact]
    public async Task Invalid_SecretTooShort_ReportedWithoutItsValueOrLength()
    {
        const string source = """
            using System.ComponentModel.DataAnnotations;
            using Veltrix;

            [VeltrixConfig("Db")]
            public sealed partial class DbConfig
            {
                [Secret, MinLength(12)] public string Password { get; init; } = "";
            }
            """;
        var test = Create(source, (File, """{ "Db": { "Password": "hunter2" } }"""));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileValueInvalid, File, 1, 23, 9)
            .WithArguments("Db:Password", "The length of the value must be at least 12.", "MinLength"));

        await test.RunAsync();
    }

    [Fact]
    public async Task NotBindable_WordForInt_ReportedAtValueToken()
    {
        var test = Create(Schema, (File, """{ "Server": { "Name": "x", "Port": "abc" } }"""));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileValueNotBindable, File, 1, 36, 5)
            .WithArguments("Server:Port", "The value 'abc' is not a valid Int32."));

        await test.RunAsync();
    }

    [Fact]
    public async Task NotBindable_NumberOutOfRangeAndFraction_Reported()
    {
        var test = Create(Schema, (File, """{ "Server": { "Name": "x", "Port": 1.5, "Weights": { "a": 3000000000 } } }"""));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileValueNotBindable, File, 1, 36, 3)
            .WithArguments("Server:Port", "The value '1.5' is not a valid Int32: it is not a whole number, or it is outside the type's range."));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileValueNotBindable, File, 1, 59, 10)
            .WithArguments("Server:Weights:a", "The value '3000000000' is not a valid Int32: it is not a whole number, or it is outside the type's range."));

        await test.RunAsync();
    }

    [Fact]
    public async Task NotBindable_UnknownEnumName_ReportedWithSuggestionAndNames()
    {
        var test = Create(Schema, (File, """{ "Server": { "Name": "x", "Mode": "Priorty" } }"""));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileValueNotBindable, File, 1, 36, 9)
            .WithArguments("Server:Mode", "The value 'Priorty' is not a valid Mode; did you mean 'Priority'? Expected one of: Fifo, Lifo, Priority."));

        await test.RunAsync();
    }

    [Theory]
    [InlineData("7")]
    [InlineData("\"Fifo, Lifo\"")]
    public async Task NotBindable_UndefinedEnumNumberOrCommaListOnEnumWithoutFlags_ReportedWithNames(string value)
    {
        var test = Create(Schema, (File, "{ \"Server\": { \"Name\": \"x\", \"Mode\": " + value + " } }"));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileValueNotBindable, File, 1, 36, value.Length)
            .WithArguments("Server:Mode", "The value '" + value.Trim('"') + "' is not a valid Mode; expected one of: Fifo, Lifo, Priority."));

        await test.RunAsync();
    }

    [Fact]
    public async Task NotBindable_FlagsNumberWithUndefinedBit_ReportedWithNames()
    {
        var test = Create(Schema, (File, """{ "Server": { "Name": "x", "Access": 4 } }"""));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileValueNotBindable, File, 1, 38, 1)
            .WithArguments("Server:Access", "The value '4' is not a valid Access; expected names separated by commas, or a number made of their values, from: None, Read, Write."));

        await test.RunAsync();
    }

    [Theory]
    [InlineData("3")]
    [InlineData("0")]
    [InlineData("\"read, Write\"")]
    [InlineData("2")]
    public async Task Bindable_DefinedEnumNumberOrFlagsCombination_NothingReported(string access)
    {
        await Create(Schema, (File, "{ \"Server\": { \"Name\": \"x\", \"Mode\": 2, \"Access\": " + access + " } }")).RunAsync();
    }

    [Fact]
    public async Task BareNumber_TimeSpanWithoutTimeoutOrCacheTtlRole_NothingReported()
    {
        // Days are what TimeSpan reads; only role members, where seconds are almost always meant, get VLX4007.
        await Create(Schema, (File, """{ "Server": { "Name": "x", "request_timeout": 30 } }""")).RunAsync();
    }

    [Fact]
    public async Task NotBindable_BadTimeSpanInNestedSection_Reported()
    {
        var test = Create(Schema, (File, """{ "Server": { "Name": "x", "Cache": { "Ttl": "5 minutes" } } }"""));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileValueNotBindable, File, 1, 46, 11)
            .WithArguments("Server:Cache:Ttl", "The value '5 minutes' is not a valid TimeSpan: write [d.]hh:mm[:ss[.fffffff]], such as 00:00:30 for 30 seconds."));

        await test.RunAsync();
    }

    [Fact]
    public async Task NotBindable_ObjectForScalarAndScalarForSection_Reported_NullForValueTypeMemberKeepsDefault()
    {
        // "Port": null means "not set" on a member, as at run time: the default applies and nothing is reported.
        var test = Create(Schema, (File, """{ "Server": { "Name": "x", "Port": null, "Region": { "a": 1 }, "Cache": 5, "Workers": null } }"""));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileValueNotBindable, File, 1, 52, 10)
            .WithArguments("Server:Region", "Expected a value of type String, found a section."));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileValueNotBindable, File, 1, 73, 1)
            .WithArguments("Server:Cache", "Expected a section with keys of its own, found a value."));

        await test.RunAsync();
    }

    [Fact]
    public async Task NotBindable_SecretValue_NeverPrinted()
    {
        const string source = """
            using Veltrix;

            [VeltrixConfig("Db")]
            public sealed partial class DbConfig { [Secret] public int Pin { get; init; } }
            """;
        var test = Create(source, (File, """{ "Db": { "Pin": "hunter2" } }"""));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileValueNotBindable, File, 1, 18, 9)
            .WithArguments("Db:Pin", "The value is not a valid Int32."));

        await test.RunAsync();
    }

    [Fact]
    public async Task Invalid_RangeRegexAndMinLength_ReportedWithRule()
    {
        const string json = """
            {
              "Server": {
                "Name": "x",
                "Port": 70000,
                "Region": "EU-1",
                "Hosts": [],
                "Cache": { "Sliding": "02:00:00" }
              }
            }
            """;
        var test = Create(Schema, (File, json));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileValueInvalid, File, 4, 13, 5)
            .WithArguments("Server:Port", "The value 70000 is out of range: it must be between 1 and 65535.", "Range"));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileValueInvalid, File, 5, 15, 6)
            .WithArguments("Server:Region", "The value 'EU-1' does not match the pattern '[a-z]+'.", "RegularExpression"));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileValueInvalid, File, 6, 14, 2)
            .WithArguments("Server:Hosts", "The number of elements is 0: it must be at least 1.", "MinLength"));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileValueInvalid, File, 7, 27, 10)
            .WithArguments("Server:Cache:Sliding", "The value 02:00:00 is out of range: it must be between 00:00:01 and 01:00:00.", "Range"));

        await test.RunAsync();
    }

    [Fact]
    public async Task Invalid_LengthAllowedValuesAndExclusiveRange_Reported()
    {
        const string source = """
            using System.ComponentModel.DataAnnotations;
            using Veltrix;

            [VeltrixConfig("App")]
            public sealed partial class AppConfig
            {
                [Length(2, 4)] public string Code { get; init; } = "ab";
                [AllowedValues("eu", "us")] public string Zone { get; init; } = "eu";
                [Range(0.0, 1.0, MaximumIsExclusive = true)] public double Ratio { get; init; }
            }
            """;
        var test = Create(source, (File, """{ "App": { "Code": "abcde", "Zone": "asia", "Ratio": 1 } }"""));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileValueInvalid, File, 1, 20, 7)
            .WithArguments("App:Code", "The length of the value is 5: it must be between 2 and 4.", "Length"));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileValueInvalid, File, 1, 37, 6)
            .WithArguments("App:Zone", "The value 'asia' is not one of the allowed values: 'eu', 'us'.", "AllowedValues"));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileValueInvalid, File, 1, 54, 1)
            .WithArguments("App:Ratio", "The value 1 is out of range: it must be at least 0 and less than 1.", "Range"));

        await test.RunAsync();
    }

    [Fact]
    public async Task NotBindable_ListKeyNotIndex_ReportedAtName()
    {
        var test = Create(Schema, (File, """{ "Server": { "Name": "x", "Hosts": { "0": "a", "first": "b" } } }"""));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileValueNotBindable, File, 1, 49, 7)
            .WithArguments("Server:Hosts:first", "The key 'first' is not a list index: list elements are keyed 0, 1, 2 and so on."));

        await test.RunAsync();
    }

    [Fact]
    public async Task Invalid_RequiredStringEmptyOrNull_ReportedUnlessEmptyAllowed()
    {
        const string source = """
            using System.ComponentModel.DataAnnotations;
            using Veltrix;

            [VeltrixConfig("App")]
            public sealed partial class AppConfig
            {
                [Required] public string? Name { get; init; }
                [Required] public string? Owner { get; init; }
                [Required(AllowEmptyStrings = true)] public string? Note { get; init; }
            }
            """;
        var test = Create(source, (File, """{ "App": { "Name": "  ", "Owner": null, "Note": "" } }"""));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileValueInvalid, File, 1, 20, 4)
            .WithArguments("App:Name", "A value is required: it must not be null, empty or whitespace.", "Required"));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileValueInvalid, File, 1, 35, 4)
            .WithArguments("App:Owner", "A value is required: it must not be null, empty or whitespace.", "Required"));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileRequiredKeyMissing, File, 1, 3, 5)
            .WithArguments("App:Owner", "appsettings.json (every environment: there is no appsettings.{Environment}.json)"));

        await test.RunAsync();
    }
}
