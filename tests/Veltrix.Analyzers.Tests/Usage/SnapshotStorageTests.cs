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
