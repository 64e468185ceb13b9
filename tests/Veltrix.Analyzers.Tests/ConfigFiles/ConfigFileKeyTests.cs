using Veltrix.Analyzers.Diagnostics;
using static Veltrix.Analyzers.Tests.ConfigFiles.ConfigFileTest;

namespace Veltrix.Analyzers.Tests.ConfigFiles;

public sealed class ConfigFileKeyTests
{
    [Fact]
    public async Task UnknownKey_MisspeltInNestedSection_ReportedAtNameWithSuggestion()
    {
        const string json = """
            {
              "Server": {
                "Name": "orders",
                "MaxEntires": 5,
                "Cache": { "MaxEntires": 5 }
              }
            }
            """;
        var test = Create(Schema, ("/appsettings.json", json));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileUnknownKey, "/appsettings.json", 4, 5, 12)
            .WithArguments("MaxEntires", "Server", "ServerConfig", "no member has this key; remove it or fix its name"));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileUnknownKey, "/appsettings.json", 5, 16, 12)
            .WithArguments("MaxEntires", "Server:Cache", "CacheSection", "no member has this key; did you mean 'MaxEntries'?"));

        await test.RunAsync();
    }

    [Fact]
    public async Task UnknownKey_ColonNameAndRenamedKey_MatchedAsTheRuntimeFlattensThem()
    {
        const string json = """
            {
              "Server:Cache:MaxEntries": 5,
              "server": { "NAME": "x", "request_timeout": "00:00:10", "RequestTimeout": "00:00:10" },
              "Server:Cache:Tll": "00:01:00"
            }
            """;
        var test = Create(Schema, ("/appsettings.json", json));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileUnknownKey, "/appsettings.json", 3, 59, 16)
            .WithArguments("RequestTimeout", "server", "ServerConfig", "no member has this key; did you mean 'request_timeout'?"));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileUnknownKey, "/appsettings.json", 4, 3, 18)
            .WithArguments("Tll", "Server:Cache", "CacheSection", "no member has this key; did you mean 'Ttl'?"));

        await test.RunAsync();
    }

    [Fact]
    public async Task UnknownKey_NameCutShort_SuggestsTheKeyItBegins_AsTheRuntimeDoes()
    {
        var test = Create(Schema, ("/appsettings.json", """{ "Server": { "Name": "x", "Reg": "eu" } }"""));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileUnknownKey, "/appsettings.json", 1, 28, 5)
            .WithArguments("Reg", "Server", "ServerConfig", "no member has this key; did you mean 'Region'?"));

        await test.RunAsync();
    }

    [Fact]
    public async Task KeyOfMemberTheGeneratorLeavesOut_ReportedWithTheReason()
    {
        const string source = """
            using System.Collections.Generic;
            using Veltrix;

            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public string Name { get; init; } = "";
                public HashSet<string> Tags { get; init; } = new();
                public Dictionary<int, string> ById { get; init; } = new();
                public string Computed => Name + "!";
            }
            """;
        const string json = """
            {
              "Server": {
                "Name": "orders",
                "tags": [ "a" ],
                "ById": { "1": "x" },
                "Computed": "y"
              }
            }
            """;
        var test = Create(source, ("/appsettings.json", json));
        // HashSet<string> binds (as a set); only the dictionary with int keys and the computed property are left out.
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileUnknownKey, "/appsettings.json", 5, 5, 6)
            .WithArguments("ById", "Server", "ServerConfig", "'ServerConfig.ById' has type 'Dictionary<int, string>', which Veltrix does not bind (VLX0002); change the member's type, or remove the key"));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileUnknownKey, "/appsettings.json", 6, 5, 10)
            .WithArguments("Computed", "Server", "ServerConfig", "'ServerConfig.Computed' has no set or init accessor the generated binder can use, nor a constructor parameter; add 'init' to bind it, or remove the key"));

        await test.RunAsync();
    }

    [Fact]
    public async Task KeyOfConfigIgnoreMember_ReportedAsUnknown()
    {
        const string source = """
            using Veltrix;

            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public string Name { get; init; } = "";
                [ConfigIgnore] public string Scratch { get; init; } = "";
            }
            """;
        const string json = """
            {
              "Server": {
                "Name": "orders",
                "Scratch": "x"
              }
            }
            """;
        var test = Create(source, ("/appsettings.json", json));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileUnknownKey, "/appsettings.json", 4, 5, 9)
            .WithArguments("Scratch", "Server", "ServerConfig", "no member has this key; remove it or fix its name"));

        await test.RunAsync();
    }

    [Fact]
    public async Task KeyOfBoundMember_BesideLeftOutMembers_NotReported()
    {
        const string source = """
            using System.Collections.Generic;
            using Veltrix;

            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public string Name { get; init; } = "";
                public HashSet<string> Tags { get; init; } = new();
                public IReadOnlyList<string> Hosts { get; init; } = [];
            }
            """;
        const string json = """{ "Server": { "Name": "orders", "Hosts": [ "a" ] } }""";

        await Create(source, ("/appsettings.json", json)).RunAsync();
    }

    [Fact]
    public async Task UnknownKey_OutsideSchemaSectionsAndSchemaPointer_NotReported()
    {
        const string json = """
            {
              "$schema": "./ServerConfig.schema.json",
              "Logging": { "LogLevel": { "Default": "Information" } },
              "Server": { "Name": "orders" }
            }
            """;

        await Create(Schema, ("/appsettings.json", json)).RunAsync();
    }

    [Fact]
    public async Task UnknownKey_RootSectionSchema_ReportsTopLevelMisspellingsButNotOtherComponentsSchemasOrSchemaPointer()
    {
        const string source = """
            using Veltrix;

            [VeltrixConfig("")]
            public sealed partial class AppConfig { public int Port { get; init; } }

            [VeltrixConfig("Db:Main")]
            public sealed partial class DbConfig { public string? Host { get; init; } }
            """;
        // "Logging" and "AllowedHosts" belong to other components at the root: only a likely misspelling is reported.
        const string json = """
            {
              "$schema": "x.json",
              "Prot": 1,
              "Db": { "Main": { "Host": "h" } },
              "Logging": { "LogLevel": { "Default": "Information" } },
              "AllowedHosts": "*"
            }
            """;
        var test = Create(source, ("/appsettings.json", json));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileUnknownKey, "/appsettings.json", 3, 3, 6)
            .WithArguments("Prot", "(root)", "AppConfig", "no member has this key; did you mean 'Port'?"));

        await test.RunAsync();
    }

    [Fact]
    public async Task ConfigFile_NotAppsettingsAndNotMarked_Ignored()
    {
        await Create(Schema, ("/data/other.json", """{ "Server": { "Nmae": 1 } }""")).RunAsync();
    }

    [Fact]
    public async Task ConfigFile_MarkedByItemMetadata_Checked()
    {
        var test = Create(Schema, ("/config/settings.json", """{ "Server": { "Nmae": "x" } }"""));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", """
            is_global = true

            [/config/settings.json]
            build_metadata.AdditionalFiles.VeltrixConfigFile = true
            """));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileUnknownKey, "/config/settings.json", 1, 15, 6)
            .WithArguments("Nmae", "Server", "ServerConfig", "no member has this key; did you mean 'Name'?"));

        await test.RunAsync();
    }

    [Fact]
    public async Task ConfigFile_OptedOutByProperty_NothingReported()
    {
        var test = Create(Schema, ("/appsettings.json", """{ "Server": { "Nmae": "x" }, "oops" }"""));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.VeltrixCheckConfigFiles = false\n"));

        await test.RunAsync();
    }

    [Fact]
    public async Task ConfigFile_VeltrixNotReferenced_NothingReported()
    {
        var test = Create("public sealed class Plain { }", ("/appsettings.json", """{ "Server": { "Nmae": "x" }, "oops" }"""));
        test.TestState.AdditionalReferences.Clear();
        test.TestState.AdditionalReferences.AddRange(Infrastructure.TestReferences.Net100);

        await test.RunAsync();
    }

    [Fact]
    public async Task DuplicateKey_SameKeyDifferentCase_ReportedAtSecondWithFirstLine()
    {
        const string json = """
            {
              "Server": {
                "Port": 1,
                "port": 2
              }
            }
            """;
        var test = Create(Schema, ("/appsettings.json", json));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileDuplicateKey, "/appsettings.json", 4, 5, 6).WithArguments("port", "3"));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileRequiredKeyMissing, "/appsettings.json", 2, 3, 8)
            .WithArguments("Server:Name", "appsettings.json (every environment: there is no appsettings.{Environment}.json)"));

        await test.RunAsync();
    }

    [Fact]
    public async Task Malformed_MissingComma_ReportedAtNextTokenNeverThrows()
    {
        const string json = """
            {
              "Server": {
                "Name": "orders"
                "Port": 8080
              }
            }
            """;
        var test = Create(Schema, ("/appsettings.Production.json", json));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileMalformed, "/appsettings.Production.json", 4, 5, 1)
            .WithArguments("appsettings.Production.json", "',' or '}' was expected here; is a comma missing?"));

        await test.RunAsync();
    }

    [Fact]
    public async Task UnknownKey_SchemaDeclaredInReferencedLibrary_Checked()
    {
        const string library = """
            using Veltrix;

            namespace Shared;

            [VeltrixConfig("Db")]
            public sealed partial class DbConfig { public string? Host { get; init; } }
            """;
        var test = Create("public static class App { }", ("/appsettings.json", """{ "Db": { "Hots": "x" } }"""));
        test.TestState.AdditionalProjects["Shared"].Sources.Add(library);
        test.TestState.AdditionalProjects["Shared"].AdditionalReferences.AddRange(Infrastructure.TestReferences.Net100);
        test.TestState.AdditionalProjects["Shared"].AdditionalReferences.Add(Infrastructure.TestReferences.Veltrix);
        test.TestState.AdditionalProjectReferences.Add("Shared");
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileUnknownKey, "/appsettings.json", 1, 11, 6)
            .WithArguments("Hots", "Db", "DbConfig", "no member has this key; did you mean 'Host'?"));

        await test.RunAsync();
    }
}
