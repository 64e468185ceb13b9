using Veltrix.Analyzers.Usage;
using Veltrix.CodeFixes.Usage;

namespace Veltrix.Analyzers.Tests.Usage;

public sealed class ConfigurationKeyTests
{
    private const string Usings = UsageTest.Usings + "using Microsoft.Extensions.Configuration;\n";

    private const string Schema = """

        [VeltrixConfig("Server")]
        public sealed partial class ServerConfig
        {
            public int Port { get; init; }
            public string Name { get; init; } = "";
            public CacheConfig Cache { get; init; } = new();
            public IReadOnlyList<string> Hosts { get; init; } = [];
            public IReadOnlyList<WorkerConfig> Workers { get; init; } = [];
            public IReadOnlyDictionary<string, int> Limits { get; init; } = new Dictionary<string, int>();
            public QuotaConfig Quota { get; init; } = new();
        }

        public sealed record QuotaConfig([ConfigKey("limit")] int MaxItems = 10);

        public sealed class CacheConfig
        {
            [ConfigKey("Size")] public int MaxEntries { get; init; }
            public TimeSpan Ttl { get; init; }
        }

        public sealed class WorkerConfig
        {
            public string Queue { get; init; } = "";
        }

        [VeltrixConfig]
        public sealed partial class RootConfig
        {
            public string Environment { get; init; } = "";
        }

        """;

    [Fact]
    public async Task ConstantKeysASchemaBinds_Reported()
    {
        const string source = Usings + Schema + """
            public static class Reader
            {
                public static void Read(IConfiguration configuration, IConfigurationRoot root, IConfigurationRoot manager)
                {
                    _ = {|VLX3005:configuration["Server:Port"]|};
                    _ = {|VLX3005:configuration["server:cache:size"]|};
                    _ = {|VLX3005:root["Server:Hosts:3"]|};
                    _ = {|VLX3005:manager["Server:Workers:0:Queue"]|};
                    _ = {|VLX3005:configuration["Server:Limits:requests"]|};
                    _ = {|VLX3005:configuration["Environment"]|};
                    _ = {|VLX3005:configuration["Server:Cache"]|};
                    _ = {|VLX3005:configuration["Server:Quota:Limit"]|};
                }
            }
            """;

        await UsageTest.Analyze<ConfigurationKeyAnalyzer>(source).RunAsync();
    }

    [Fact]
    public async Task UnboundKeysSectionsWritesAndVariables_NotReported()
    {
        const string source = Usings + Schema + """
            public static class Reader
            {
                public static void Read(IConfiguration configuration, IConfigurationSection section, string key)
                {
                    _ = configuration["Server:Cache:MaxEntries"];
                    _ = configuration["Server:Hosts:first"];
                    _ = configuration["Server:Quota:MaxItems"];
                    _ = configuration["Logging:LogLevel:Default"];
                    _ = configuration[key];
                    _ = section["Port"];
                    configuration["Server:Port"] = "80";
                }
            }
            """;

        await UsageTest.Analyze<ConfigurationKeyAnalyzer>(source).RunAsync();
    }

    [Fact]
    public async Task NestedSchemaKeys_MatchTheInnerSchema_LeftOutMembersNotReported()
    {
        const string source = Usings + """
            [VeltrixConfig("Caching")]
            public sealed partial class CachingConfig
            {
                public bool Enabled { get; init; }
                public HashSet<string> Regions { get; init; } = new();
                public string Computed => "x";
            }

            [VeltrixConfig("Caching:Apps")]
            public sealed partial class AppsCacheConfig
            {
                public int MaxEntries { get; init; }
            }

            public static class Reader
            {
                public static void Read(IConfiguration configuration)
                {
                    _ = {|#0:configuration["Caching:Enabled"]|};
                    _ = {|#1:configuration["caching:apps:maxentries"]|};
                    _ = {|#2:configuration["Caching:Regions"]|};
                    _ = configuration["Caching:Computed"];
                    _ = configuration["Caching:Apps:Unknown"];
                }
            }
            """;

        var test = UsageTest.Analyze<ConfigurationKeyAnalyzer>(source);
        test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Diagnostics.DiagnosticDescriptors.ConfigurationKeyCoveredBySchema)
            .WithLocation(0)
            .WithArguments("Caching:Enabled", "CachingConfig", "CachingConfig.Enabled"));
        test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Diagnostics.DiagnosticDescriptors.ConfigurationKeyCoveredBySchema)
            .WithLocation(1)
            .WithArguments("caching:apps:maxentries", "AppsCacheConfig", "AppsCacheConfig.MaxEntries"));
        // A HashSet<string> is a list key the generator binds.
        test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Diagnostics.DiagnosticDescriptors.ConfigurationKeyCoveredBySchema)
            .WithLocation(2)
            .WithArguments("Caching:Regions", "CachingConfig", "CachingConfig.Regions"));
        await test.RunAsync();
    }

    [Fact]
    public async Task VeltrixNotReferenced_NothingReported()
    {
        const string source = """
            public interface IConfiguration { string? this[string key] { get; } }

            public static class Reader
            {
                public static string? Read(IConfiguration configuration) => configuration["Server:Port"];
            }
            """;

        await UsageTest.Analyze<ConfigurationKeyAnalyzer>(source, referenceVeltrix: false).RunAsync();
    }

    [Fact]
    public async Task GeneratedCode_NotReported()
    {
        const string source = "// <auto-generated/>\n" + Usings + Schema + """
            public static class Reader
            {
                public static string? Read(IConfiguration configuration) => configuration["Server:Port"];
            }
            """;

        await UsageTest.Analyze<ConfigurationKeyAnalyzer>(source).RunAsync();
    }

    [Fact]
    public async Task Fix_LiveConfigInScope_ReplacesStringReadsAndParses()
    {
        const string source = Usings + Schema + """
            public sealed class Reader(IConfiguration configuration, LiveConfig<ServerConfig> live)
            {
                public string Describe()
                {
                    var name = {|VLX3005:configuration["Server:Name"]|};
                    var port = int.Parse({|VLX3005:configuration["Server:Port"]|}!, System.Globalization.CultureInfo.InvariantCulture);
                    var ttl = TimeSpan.Parse({|VLX3005:configuration["server:cache:ttl"]|}!);
                    var host = {|VLX3005:configuration["Server:Hosts:1"]|};
                    var queue = {|VLX3005:configuration["Server:Workers:0:Queue"]|};
                    var size = {|VLX3005:configuration["Server:Cache:Size"]|};
                    return name + port + ttl + host + queue + size;
                }
            }
            """;
        const string fixedSource = Usings + Schema + """
            public sealed class Reader(IConfiguration configuration, LiveConfig<ServerConfig> live)
            {
                public string Describe()
                {
                    var name = live.Current.Name;
                    var port = live.Current.Port;
                    var ttl = live.Current.Cache.Ttl;
                    var host = live.Current.Hosts[1];
                    var queue = live.Current.Workers[0].Queue;
                    var size = {|VLX3005:configuration["Server:Cache:Size"]|};
                    return name + port + ttl + host + queue + size;
                }
            }
            """;

        var test = UsageTest.Fix<ConfigurationKeyAnalyzer, TypedMemberCodeFix>(source, fixedSource).WithSchemas("ServerConfig", "RootConfig");
        test.CodeActionEquivalenceKey = "UseTypedSchemaMember";
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_NoLiveConfigOfTheSchemaInScope_NoFix()
    {
        const string source = Usings + Schema + """
            public sealed class Reader(IConfiguration configuration, LiveConfig<RootConfig> other)
            {
                private readonly LiveConfig<ServerConfig> _live = null!;

                public static string? Static(IConfiguration configuration) => {|VLX3005:configuration["Server:Name"]|};

                public string? Before()
                {
                    var name = {|VLX3005:configuration["Server:Name"]|};
                    return name;
                }
            }

            public sealed class Later(IConfiguration configuration)
            {
                public string? Read()
                {
                    var name = {|VLX3005:configuration["Server:Name"]|};
                    LiveConfig<ServerConfig> live = null!;
                    return name + live.Current.Name;
                }
            }
            """;
        const string fixedSource = Usings + Schema + """
            public sealed class Reader(IConfiguration configuration, LiveConfig<RootConfig> other)
            {
                private readonly LiveConfig<ServerConfig> _live = null!;

                public static string? Static(IConfiguration configuration) => {|VLX3005:configuration["Server:Name"]|};

                public string? Before()
                {
                    var name = _live.Current.Name;
                    return name;
                }
            }

            public sealed class Later(IConfiguration configuration)
            {
                public string? Read()
                {
                    var name = {|VLX3005:configuration["Server:Name"]|};
                    LiveConfig<ServerConfig> live = null!;
                    return name + live.Current.Name;
                }
            }
            """;

        var test = UsageTest.Fix<ConfigurationKeyAnalyzer, TypedMemberCodeFix>(source, fixedSource).WithSchemas("ServerConfig", "RootConfig");
        await test.RunAsync();
    }
}
