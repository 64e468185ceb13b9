using Veltrix.Analyzers.Tests.Infrastructure;
using Veltrix.Analyzers.Usage;

namespace Veltrix.Analyzers.Tests.Usage;

public sealed class SnapshotStorageTests
{
    private const string Schema = """

        [VeltrixConfig("Server")]
        public sealed partial class ServerConfig
        {
            public int Port { get; init; }
            public CacheConfig Cache { get; init; } = new();
            public IReadOnlyList<string> Hosts { get; init; } = [];
        }

        public sealed class CacheConfig
        {
            public int MaxEntries { get; init; }
        }

        """;

    [Fact]
    public async Task SnapshotsSectionsAndScalars_StoredInFields_Reported()
    {
        const string source = UsageTest.Usings + Schema + """
            public static class Global
            {
                public static ServerConfig? Config;
                public static CacheConfig? Cache { get; set; }
            }

            public sealed class Service
            {
                private static readonly LiveConfig<ServerConfig> Live = null!;
                private readonly ServerConfig _snapshot = {|VLX3002:Live.Current|};
                private CacheConfig? _cache;
                private int _port;
                private string _host = "";

                public int Port { get; private set; }

                public Service(LiveConfig<ServerConfig> live)
                {
                    {|VLX3002:Global.Config = live.Current|};
                    {|VLX3002:Global.Cache = live.Current.Cache|};
                    {|VLX3002:_cache = live.Current.Cache|};
                    {|VLX3002:_port = live.Current.Port|};
                    {|VLX3002:this.Port = live.Current.Cache.MaxEntries|};
                    var config = live.Current;
                    {|VLX3002:_host = config.Hosts[0]|};
                    {|VLX3002:_cache ??= config.Cache|};
                }
            }
            """;

        await UsageTest.Analyze<SnapshotStorageAnalyzer>(source).WithSchemas("ServerConfig").RunAsync();
    }

    [Fact]
    public async Task LocalsOtherObjectsHandlersAndTheLiveConfig_NotReported()
    {
        const string source = UsageTest.Usings + Schema + """
            public sealed class Request
            {
                public int Port { get; set; }
            }

            public sealed class Service
            {
                private readonly LiveConfig<ServerConfig> _live;
                private CacheConfig _cache;
                private int _requests;

                public Service(LiveConfig<ServerConfig> live)
                {
                    _live = live;
                    _cache = live.Current.Cache.MaxEntries > 0 ? new CacheConfig() : new CacheConfig();
                    live.Changed += (_, e) => _cache = live.Current.Cache;
                    live.OnChange(c => c.Port, port => _requests = live.Current.Port);
                }

                public Request Handle()
                {
                    var config = _live.Current;
                    var port = config.Port;
                    var request = new Request { Port = config.Port };
                    request.Port = config.Port;
                    _requests++;
                    _requests = port.GetHashCode();
                    return request;
                }
            }
            """;

        await UsageTest.Analyze<SnapshotStorageAnalyzer>(source).WithSchemas("ServerConfig").RunAsync();
    }

    [Fact]
    public async Task EditorConfig_ExcludeScalars_OnlySnapshotObjectsReported()
    {
        const string source = UsageTest.Usings + Schema + """
            public sealed class Service
            {
                private CacheConfig? _cache;
                private int _port;

                public Service(LiveConfig<ServerConfig> live)
                {
                    {|VLX3002:_cache = live.Current.Cache|};
                    _port = live.Current.Port;
                }
            }
            """;

        await UsageTest.Analyze<SnapshotStorageAnalyzer>(source)
            .WithEditorConfig("veltrix.VLX3002.include_scalars = false")
            .WithSchemas("ServerConfig")
            .RunAsync();
    }

    [Fact]
    public async Task EditorConfig_LongLivedTypes_OnlyMatchingInstanceFieldsReported()
    {
        const string source = UsageTest.Usings + Schema + """
            public sealed class CacheService
            {
                private int _port;

                public CacheService(LiveConfig<ServerConfig> live) => {|VLX3002:_port = live.Current.Port|};
            }

            public sealed class RequestContext
            {
                private static int s_port;
                private int _port;

                public RequestContext(LiveConfig<ServerConfig> live)
                {
                    _port = live.Current.Port;
                    {|VLX3002:s_port = live.Current.Port|};
                }
            }
            """;

        await UsageTest.Analyze<SnapshotStorageAnalyzer>(source)
            .WithEditorConfig("veltrix.VLX3002.long_lived_types = *Service, *Worker")
            .WithSchemas("ServerConfig")
            .RunAsync();
    }

    [Fact]
    public async Task EveryPlaceAValueIsStored_Reported()
    {
        // Static and instance initializers, accessors, operators, lambdas, local functions, nested types, a local taken
        // from Current a few statements earlier, and a partial type's second part.
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<SnapshotStorageAnalyzer, Microsoft.CodeAnalysis.Testing.DefaultVerifier>().WithVeltrix();
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        test.TestState.Sources.Add(("Program.cs", UsageTest.Usings + """
            var live = Service.Create();
            var snapshot = live.Current;
            var cache = snapshot.Cache;
            {|VLX3002:Service.Stored = cache|};

            """ + Schema + """
            public sealed partial class Service(LiveConfig<ServerConfig> live)
            {
                public static CacheConfig? Stored;
                private static readonly LiveConfig<ServerConfig> Shared = Create();
                private static readonly int s_port = {|VLX3002:Shared.Current.Port|}, s_other = 1;
                private int _port;

                public CacheConfig Cache { get; } = {|VLX3002:live.Current.Cache|};

                public int Port
                {
                    get => _port;
                    set => {|VLX3002:_port = live.Current.Port|};
                }

                public static LiveConfig<ServerConfig> Create() => null!;

                public static Service operator +(Service service, LiveConfig<ServerConfig> other)
                {
                    {|VLX3002:Stored = other.Current.Cache|};
                    return service;
                }

                public void Later()
                {
                    Action store = () => {|VLX3002:_port = live.Current.Port|};
                    Store();
                    store();

                    void Store() => {|VLX3002:Stored ??= live.Current.Cache|};
                }

                public sealed class Nested(LiveConfig<ServerConfig> inner)
                {
                    private readonly ServerConfig _config = {|VLX3002:inner.Current|};
                }
            }
            """));
        test.TestState.Sources.Add(("Service.cs", UsageTest.Usings + """
            public sealed partial class Service
            {
                public void Refresh(LiveConfig<ServerConfig> other)
                {
                    var config = other.Current;
                    {|VLX3002:this.Cached = config|};
                }

                public ServerConfig? Cached { get; private set; }
            }
            """));
        test.WithSchemas("ServerConfig");
        await test.RunAsync();
    }

    [Fact]
    public async Task LargeMember_ValueFromALocalTakenManyStatementsEarlier_Reported()
    {
        // A member body of many assignments, with the read of Current far from the assignment that stores it.
        var padding = string.Concat(Enumerable.Range(0, 120).Select(static i => $"        _count = _count + {i};\n"));
        var source = UsageTest.Usings + Schema + """
            public sealed class Service
            {
                private CacheConfig? _cache;
                private int _count;

                public Service(LiveConfig<ServerConfig> live)
                {
                    var config = live.Current;

            """ + padding + """
                    {|VLX3002:_cache = config.Cache|};
                }

                public void Count(int step)
                {

            """ + padding + """
                    _count += step;
                }
            }
            """;

        await UsageTest.Analyze<SnapshotStorageAnalyzer>(source).WithSchemas("ServerConfig").RunAsync();
    }

    [Fact]
    public async Task VeltrixNotReferenced_NothingReported()
    {
        const string source = """
            public sealed class LiveConfig<T> { public T Current { get; } = default!; }

            public sealed class Service(LiveConfig<int> live)
            {
                private static int s_value;

                public void Store() => s_value = live.Current;
            }
            """;

        await UsageTest.Analyze<SnapshotStorageAnalyzer>(source, referenceVeltrix: false).RunAsync();
    }

    [Fact]
    public async Task GeneratedCode_NotReported()
    {
        const string source = "// <auto-generated/>\n" + UsageTest.Usings + Schema + """
            public sealed class Service(LiveConfig<ServerConfig> live)
            {
                private static ServerConfig? s_config;

                public void Store() => s_config = live.Current;
            }
            """;

        await UsageTest.Analyze<SnapshotStorageAnalyzer>(source).WithSchemas("ServerConfig").RunAsync();
    }
}
