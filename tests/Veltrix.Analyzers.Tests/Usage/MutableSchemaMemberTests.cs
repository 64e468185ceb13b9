using Veltrix.Analyzers.Usage;
using Veltrix.CodeFixes.Usage;

namespace Veltrix.Analyzers.Tests.Usage;

public sealed class MutableSchemaMemberTests
{
    [Fact]
    public async Task SetAccessor_OnRootAndSectionMembers_Reported()
    {
        const string source = UsageTest.Usings + """
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public int Port { get; {|VLX3003:set|}; } = 8080;
                public CacheConfig Cache { get; init; } = new();
                public IReadOnlyList<WorkerConfig> Workers { get; init; } = [];
            }

            public sealed class CacheConfig
            {
                public int MaxEntries { get; private {|VLX3003:set|}; }
            }

            public sealed class WorkerConfig
            {
                public string Name { get; {|VLX3003:set|}; } = "";
            }
            """;

        await UsageTest.Analyze<MutableSchemaMemberAnalyzer>(source).RunAsync();
    }

    [Fact]
    public async Task InitAndGetOnly_NonSchemaTypesAndStatics_NotReported()
    {
        const string source = UsageTest.Usings + """
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public int Port { get; init; } = 8080;
                public string Name => "server";
                public static int Shared { get; set; }
                private int Hidden { get; set; }
                public IReadOnlyList<string> Hosts { get; init; } = [];
                public IReadOnlyDictionary<string, int> Limits { get; init; } = new Dictionary<string, int>();
            }

            public sealed class NotAConfig
            {
                public int Port { get; set; }
                public List<int> Values { get; set; } = new();
            }
            """;

        await UsageTest.Analyze<MutableSchemaMemberAnalyzer>(source).RunAsync();
    }

    [Fact]
    public async Task ConfigIgnoreMember_WithSetAccessor_NotReported()
    {
        // [ConfigIgnore] takes a member out of the schema (the analyzers ask the generator's parser what is a member).
        const string source = UsageTest.Usings + """
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public int Port { get; init; } = 8080;
                [ConfigIgnore] public int Scratch { get; set; }
            }
            """;

        await UsageTest.Analyze<MutableSchemaMemberAnalyzer>(source).RunAsync();
    }

    [Fact]
    public async Task InheritedMembers_OfSeveralSchemas_ReportedOnceAtTheBaseClass()
    {
        const string source = UsageTest.Usings + """
            public abstract class ServiceSettingsBase
            {
                public string Name { get; {|VLX3003:set|}; } = "";
                public {|VLX3004:List<string>|} Hosts { get; init; } = [];
                public int Port { get; init; }
            }

            public abstract class GenericBase<T>
            {
                public T? Value { get; {|VLX3003:set|}; }
            }

            [VeltrixConfig("Orders")]
            public sealed partial class OrdersConfig : ServiceSettingsBase
            {
                public int Shards { get; {|VLX3003:set|}; }
            }

            [VeltrixConfig("Billing")]
            public sealed partial class BillingConfig : ServiceSettingsBase
            {
                public NestedSection Nested { get; init; } = new();
            }

            public sealed class NestedSection : GenericBase<int>
            {
            }
            """;

        await UsageTest.Analyze<MutableSchemaMemberAnalyzer>(source).RunAsync();
    }

    [Fact]
    public async Task BaseClassOfNoSchema_NotReported()
    {
        const string source = UsageTest.Usings + """
            public abstract class OptionsBase
            {
                public string Name { get; set; } = "";
                public List<string> Hosts { get; set; } = [];
            }

            public sealed class PlainOptions : OptionsBase
            {
            }

            [VeltrixConfig("Orders")]
            public sealed partial class OrdersConfig
            {
                public int Shards { get; init; }
            }
            """;

        await UsageTest.Analyze<MutableSchemaMemberAnalyzer>(source).RunAsync();
    }

    [Fact]
    public async Task MutableCollections_OnSchemaMembers_Reported()
    {
        const string source = UsageTest.Usings + """
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public List<string>? Optional { get; init; }
                public {|VLX3004:List<string>|} Hosts { get; init; } = [];
                public {|VLX3004:int[]|} Ports { get; init; } = [];
                public {|VLX3004:Dictionary<string, int>|} Limits { get; init; } = new();
                public {|VLX3004:IList<string>|} Tags { get; init; } = [];
                public {|VLX3004:HashSet<string>|} Names { get; init; } = [];
            }
            """;

        var test = UsageTest.Analyze<MutableSchemaMemberAnalyzer>(source);
        test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Veltrix.Analyzers.Diagnostics.DiagnosticDescriptors.SchemaMemberHasMutableCollection)
            .WithSpan(7, 12, 7, 25)
            .WithArguments("Optional", "List<string>?", "IReadOnlyList<string>?"));
        await test.RunAsync();
    }

    [Fact]
    public async Task VeltrixNotReferenced_NothingReported()
    {
        const string source = """
            using System.Collections.Generic;

            [System.AttributeUsage(System.AttributeTargets.Class)]
            public sealed class VeltrixConfigAttribute(string section) : System.Attribute { }

            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public int Port { get; set; }
                public List<string> Hosts { get; set; } = [];
            }
            """;

        await UsageTest.Analyze<MutableSchemaMemberAnalyzer>(source, referenceVeltrix: false).RunAsync();
    }

    [Fact]
    public async Task GeneratedCode_NotReported()
    {
        const string source = """
            // <auto-generated/>
            using System.Collections.Generic;
            using Veltrix;

            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public int Port { get; set; }
                public List<string> Hosts { get; set; } = [];
            }
            """;

        await UsageTest.Analyze<MutableSchemaMemberAnalyzer>(source).RunAsync();
    }

    [Fact]
    public async Task SetAccessor_Fix_UsesInitAndKeepsAccessibility()
    {
        const string source = UsageTest.Usings + """
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public int Port { get; {|VLX3003:set|}; } = 8080;
                public int Backlog { get; internal {|VLX3003:set|}; }
            }
            """;
        const string fixedSource = UsageTest.Usings + """
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public int Port { get; init; } = 8080;
                public int Backlog { get; internal init; }
            }
            """;

        var test = UsageTest.Fix<MutableSchemaMemberAnalyzer, SetterToInitCodeFix>(source, fixedSource);
        test.CodeActionEquivalenceKey = "Use init instead of set";
        await test.RunAsync();
    }

    [Fact]
    public async Task SetAccessor_FixAll_FixesEveryMemberInOnePass()
    {
        const string source = UsageTest.Usings + """
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public int Port { get; {|VLX3003:set|}; }
                public CacheConfig Cache { get; {|VLX3003:set|}; } = new();
            }

            public sealed class CacheConfig
            {
                public int MaxEntries { get; {|VLX3003:set|}; }
            }
            """;
        const string fixedSource = UsageTest.Usings + """
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public int Port { get; init; }
                public CacheConfig Cache { get; init; } = new();
            }

            public sealed class CacheConfig
            {
                public int MaxEntries { get; init; }
            }
            """;

        var test = UsageTest.Fix<MutableSchemaMemberAnalyzer, SetterToInitCodeFix>(source, fixedSource);
        test.NumberOfFixAllIterations = 1;
        test.NumberOfFixAllInDocumentIterations = 1;
        await test.RunAsync();
    }

    [Fact]
    public async Task MutableCollection_Fix_DeclaresReadOnlyInterfaceWhereInitializerStillCompiles()
    {
        const string source = UsageTest.Usings + """
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public {|VLX3004:List<string>|} Hosts { get; init; } = ["localhost"];
                public {|VLX3004:int[]|} Ports { get; init; } = new[] { 80, 443 };
                public {|VLX3004:Dictionary<string, int>|} Limits { get; init; } = new Dictionary<string, int>();
                public {|VLX3004:List<string>?|} Optional { get; init; }
                public {|VLX3004:List<int>|} TargetTyped { get; init; } = new();
                public {|VLX3004:HashSet<string>|} Names { get; init; } = [];
            }
            """;
        const string fixedSource = UsageTest.Usings + """
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public IReadOnlyList<string> Hosts { get; init; } = ["localhost"];
                public IReadOnlyList<int> Ports { get; init; } = new[] { 80, 443 };
                public IReadOnlyDictionary<string, int> Limits { get; init; } = new Dictionary<string, int>();
                public IReadOnlyList<string>? Optional { get; init; }
                public {|VLX3004:List<int>|} TargetTyped { get; init; } = new();
                public {|VLX3004:HashSet<string>|} Names { get; init; } = [];
            }
            """;

        var test = UsageTest.Fix<MutableSchemaMemberAnalyzer, ReadOnlyCollectionCodeFix>(source, fixedSource);
        test.NumberOfFixAllIterations = 1;
        test.NumberOfFixAllInDocumentIterations = 1;
        test.CodeActionEquivalenceKey = "UseReadOnlyCollectionType";
        await test.RunAsync();
    }

    [Fact]
    public async Task MutableCollection_Fix_AddsUsingWhenMissing()
    {
        const string source = """
            using Veltrix;

            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public {|VLX3004:System.Collections.Generic.List<string>|} Hosts { get; init; } = [];
                public {|VLX3004:System.Collections.Generic.Dictionary<string, int>|} Limits { get; init; } = new System.Collections.Generic.Dictionary<string, int>();
            }
            """;
        const string fixedSource = """
            using System.Collections.Generic;
            using Veltrix;

            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public IReadOnlyList<string> Hosts { get; init; } = [];
                public IReadOnlyDictionary<string, int> Limits { get; init; } = new System.Collections.Generic.Dictionary<string, int>();
            }
            """;

        var test = UsageTest.Fix<MutableSchemaMemberAnalyzer, ReadOnlyCollectionCodeFix>(source, fixedSource);
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }
}
