using Veltrix.Analyzers.Tests.Infrastructure;
using Veltrix.Analyzers.Usage;
using Veltrix.CodeFixes.Usage;

namespace Veltrix.Analyzers.Tests.Usage;

public sealed class CurrentReadTests
{
    private const string Schema = """

        [VeltrixConfig("Server")]
        public sealed partial class ServerConfig
        {
            public int Port { get; init; }
            public CacheConfig Cache { get; init; } = new();
        }

        public sealed class CacheConfig
        {
            public int MaxEntries { get; init; }
            public TimeSpan Ttl { get; init; }
        }

        """;

    [Fact]
    public async Task TwoReadsThroughOneReceiver_Reported()
    {
        const string source = UsageTest.Usings + Schema + """
            public sealed class Handler(LiveConfig<ServerConfig> live)
            {
                private readonly LiveConfig<ServerConfig> _live = live;

                public string Describe(LiveConfig<ServerConfig> other)
                    => {|VLX3001:other.Current|}.Cache.MaxEntries + " " + other.Current.Cache.Ttl;

                public void Use()
                {
                    var size = {|VLX3001:_live.Current|}.Cache.MaxEntries;
                    var ttl = _live.Current.Cache.Ttl;
                    var port = this._live.Current.Port;
                }
            }
            """;

        await UsageTest.Analyze<CurrentReadAnalyzer>(source).WithSchemas("ServerConfig").RunAsync();
    }

    [Fact]
    public async Task OneReadPerReceiverPerReader_NotReported()
    {
        const string source = UsageTest.Usings + Schema + """
            public sealed class Handler(LiveConfig<ServerConfig> first, LiveConfig<ServerConfig> second)
            {
                public int Sum()
                {
                    var a = first.Current;
                    var b = second.Current;
                    Func<int> later = () => first.Current.Port;
                    int Local() => first.Current.Port;
                    return a.Port + b.Port + later() + Local() + nameof(first.Current).Length;
                }

                public int Collection()
                {
                    var count = 0;
                    foreach (var entry in first.Current.Cache.ToString())
                    {
                        count++;
                    }

                    for (var i = second.Current.Port; i < 10; i++)
                    {
                        count++;
                    }

                    return count;
                }

                public bool ReloadBetween()
                {
                    var before = first.Current;
                    first.Reload();
                    return ReferenceEquals(before, first.Current);
                }

                public void Poll(Func<ServerConfig, bool> acceptable, ref bool stop)
                {
                    while (!stop)
                    {
                        try
                        {
                            var snapshot = first.Current;
                            stop = !acceptable(snapshot);
                        }
                        catch (InvalidOperationException)
                        {
                            stop = true;
                        }
                    }
                }

                public async System.Threading.Tasks.Task RunAsync(System.Threading.CancellationToken cancellationToken)
                {
                    while (!cancellationToken.IsCancellationRequested)
                    {
                        var config = first.Current;
                        await System.Threading.Tasks.Task.Delay(config.Cache.Ttl, cancellationToken);
                    }
                }
            }
            """;

        await UsageTest.Analyze<CurrentReadAnalyzer>(source).WithSchemas("ServerConfig").RunAsync();
    }

    [Fact]
    public async Task ReadInsideLoop_CountsAsManyReads()
    {
        const string source = UsageTest.Usings + Schema + """
            public sealed class Handler(LiveConfig<ServerConfig> live)
            {
                public int Count(IEnumerable<int> sizes)
                {
                    var count = 0;
                    foreach (var size in sizes)
                    {
                        if (size > {|VLX3001:live.Current|}.Cache.MaxEntries)
                        {
                            count++;
                        }
                    }

                    return count;
                }

                public int Lambda(IEnumerable<int> sizes)
                {
                    Func<int, int> twice = s => s + {|VLX3001:live.Current|}.Port + live.Current.Port;
                    return twice(1);
                }
            }
            """;

        await UsageTest.Analyze<CurrentReadAnalyzer>(source).WithSchemas("ServerConfig").RunAsync();
    }

    [Fact]
    public async Task EditorConfig_CountLoopReadsFalse_LoopReadIsOneRead()
    {
        const string source = UsageTest.Usings + Schema + """
            public sealed class Handler(LiveConfig<ServerConfig> live)
            {
                public int Count(IEnumerable<int> sizes)
                {
                    var count = 0;
                    foreach (var size in sizes)
                    {
                        count += size > live.Current.Cache.MaxEntries ? 1 : 0;
                    }

                    return count;
                }
            }
            """;

        await UsageTest.Analyze<CurrentReadAnalyzer>(source).WithEditorConfig("veltrix.VLX3001.count_loop_reads = false").WithSchemas("ServerConfig").RunAsync();
    }

    [Fact]
    public async Task EveryKindOfReader_ReportedWithTheReadersName()
    {
        // Each member body is a reader of its own: an initializer (each field's of one declaration), an accessor, an
        // operator, a constructor (a primary constructor's base arguments too), a lambda and a local function; and so
        // is each of a nested type's members.
        const string source = UsageTest.Usings + Schema + """
            public class Base(int first, int second);

            public sealed class Handler(LiveConfig<ServerConfig> live) : Base({|#0:live.Current|}.Port, live.Current.Port)
            {
                private readonly int _sum = {|#1:live.Current|}.Port + live.Current.Port;

                private readonly int _first = 1, _second = {|#11:live.Current|}.Port + live.Current.Port;

                public int Total { get; } = {|#2:live.Current|}.Port + live.Current.Port;

                public int Arrow => {|#3:live.Current|}.Port + live.Current.Port;

                public int Accessor
                {
                    get { return {|#4:live.Current|}.Port + live.Current.Port; }
                }

                public int this[int index] => {|#5:live.Current|}.Port + live.Current.Port + index;

                public static int operator +(Handler handler, LiveConfig<ServerConfig> other) => {|#6:other.Current|}.Port + other.Current.Port;

                public Handler(LiveConfig<ServerConfig> live, int extra)
                    : this(live)
                {
                    _sum = {|#7:live.Current|}.Port + live.Current.Port + extra;
                }

                public int Lambda()
                {
                    Func<int> read = () => {|#8:live.Current|}.Port + live.Current.Port;
                    return read();
                }

                public int Local()
                {
                    return Read();

                    int Read() => {|#9:live.Current|}.Port + live.Current.Port;
                }

                public sealed class Nested(LiveConfig<ServerConfig> inner)
                {
                    public int Sum() => {|#10:inner.Current|}.Port + inner.Current.Port;
                }
            }
            """;

        var test = UsageTest.Analyze<CurrentReadAnalyzer>(source).WithSchemas("ServerConfig");
        string[] readers = ["Handler", "_sum", "Total", "Arrow", "Accessor", "this[]", "op_Addition", "Handler", "a lambda in Lambda", "Read", "Sum", "_second"];
        for (var i = 0; i < readers.Length; i++)
        {
            test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Diagnostics.DiagnosticDescriptors.CurrentReadMoreThanOnce)
                .WithLocation(i)
                .WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments(i == 6 ? "other.Current" : i == 10 ? "inner.Current" : "live.Current", "2 times", readers[i]));
        }

        await test.RunAsync();
    }

    [Fact]
    public async Task PartialTypeAndTopLevelStatements_ReadsInEveryPartReported()
    {
        // The second part of a partial type and the top-level statements are read as any other code.
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<CurrentReadAnalyzer, Microsoft.CodeAnalysis.Testing.DefaultVerifier>().WithVeltrix();
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        test.TestState.Sources.Add(("Program.cs", UsageTest.Usings + """
            var live = Handler.Create();
            Console.WriteLine({|#0:live.Current|}.Port + live.Current.Port);

            """ + Schema + """
            public sealed partial class Handler
            {
                public static LiveConfig<ServerConfig> Create() => null!;
            }
            """));
        test.TestState.Sources.Add(("Handler.cs", UsageTest.Usings + """
            public sealed partial class Handler(LiveConfig<ServerConfig> live)
            {
                public int Sum() => {|#1:live.Current|}.Port + live.Current.Port;
            }
            """));
        test.WithSchemas("ServerConfig");
        test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Diagnostics.DiagnosticDescriptors.CurrentReadMoreThanOnce)
            .WithLocation(0)
            .WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations)
            .WithArguments("live.Current", "2 times", "<Main>$"));
        test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Diagnostics.DiagnosticDescriptors.CurrentReadMoreThanOnce)
            .WithLocation(1)
            .WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations)
            .WithArguments("live.Current", "2 times", "Sum"));
        await test.RunAsync();
    }

    [Fact]
    public async Task LargeMethod_ReadsFarApartAndInALoop_Reported()
    {
        // A member body of many statements, with reads of Current far apart: counted as in any other method.
        var padding = string.Concat(Enumerable.Range(0, 120).Select(static i => $"        total = total + {i};\n"));
        var source = UsageTest.Usings + Schema + """
            public sealed class Handler(LiveConfig<ServerConfig> live, LiveConfig<ServerConfig> other)
            {
                public int Sum(IEnumerable<int> sizes)
                {
                    var total = {|VLX3001:live.Current|}.Port;

            """ + padding + """
                    foreach (var size in sizes)
                    {
                        total += {|VLX3001:other.Current|}.Cache.MaxEntries;
                    }

                    return total + live.Current.Port;
                }
            }
            """;

        await UsageTest.Analyze<CurrentReadAnalyzer>(source).WithSchemas("ServerConfig").RunAsync();
    }

    [Fact]
    public async Task VeltrixNotReferenced_NothingReported()
    {
        const string source = """
            public sealed class LiveConfig<T> { public T Current { get; } = default!; }

            public sealed class Handler(LiveConfig<int> live)
            {
                public int Sum() => live.Current + live.Current;
            }
            """;

        await UsageTest.Analyze<CurrentReadAnalyzer>(source, referenceVeltrix: false).RunAsync();
    }

    [Fact]
    public async Task GeneratedCode_NotReported()
    {
        const string source = "// <auto-generated/>\n" + UsageTest.Usings + Schema + """
            public sealed class Handler(LiveConfig<ServerConfig> live)
            {
                public int Sum() => live.Current.Port + live.Current.Port;
            }
            """;

        await UsageTest.Analyze<CurrentReadAnalyzer>(source).WithSchemas("ServerConfig").RunAsync();
    }

    [Fact]
    public async Task Fix_HoistsIntoOneLocalBeforeTheFirstRead()
    {
        const string source = UsageTest.Usings + Schema + """
            public sealed class Handler(LiveConfig<ServerConfig> live)
            {
                public string Describe(bool verbose)
                {
                    var current = 1;
                    var size = {|VLX3001:live.Current|}.Cache.MaxEntries;
                    if (verbose)
                    {
                        return size + " " + live.Current.Cache.Ttl + current;
                    }

                    return size.ToString();
                }
            }
            """;
        const string fixedSource = UsageTest.Usings + Schema + """
            public sealed class Handler(LiveConfig<ServerConfig> live)
            {
                public string Describe(bool verbose)
                {
                    var current = 1;
                    var current2 = live.Current;
                    var size = current2.Cache.MaxEntries;
                    if (verbose)
                    {
                        return size + " " + current2.Cache.Ttl + current;
                    }

                    return size.ToString();
                }
            }
            """;

        var test = UsageTest.Fix<CurrentReadAnalyzer, HoistCurrentCodeFix>(source, fixedSource);
        test.CodeActionEquivalenceKey = "Read Current once into a local";
        await test.WithSchemas("ServerConfig").RunAsync();
    }

    [Fact]
    public async Task Fix_ReusesALocalTheFirstReadInitializes()
    {
        const string source = UsageTest.Usings + Schema + """
            public sealed class Handler(LiveConfig<ServerConfig> live)
            {
                public int Sum()
                {
                    var config = {|VLX3001:live.Current|};
                    return config.Port + live.Current.Cache.MaxEntries;
                }
            }
            """;
        const string fixedSource = UsageTest.Usings + Schema + """
            public sealed class Handler(LiveConfig<ServerConfig> live)
            {
                public int Sum()
                {
                    var config = live.Current;
                    return config.Port + config.Cache.MaxEntries;
                }
            }
            """;

        await UsageTest.Fix<CurrentReadAnalyzer, HoistCurrentCodeFix>(source, fixedSource).WithSchemas("ServerConfig").RunAsync();
    }

    [Fact]
    public async Task Fix_LoopRead_DeclaresThePerIterationLocalInsideTheLoop()
    {
        const string source = UsageTest.Usings + Schema + """
            public sealed class Handler(LiveConfig<ServerConfig> live)
            {
                public int Count(IEnumerable<int> sizes)
                {
                    var count = 0;
                    foreach (var size in sizes)
                    {
                        count += size > {|VLX3001:live.Current|}.Cache.MaxEntries ? 1 : 0;
                    }

                    return count;
                }

                public int Drain(int count)
                {
                    while (count > 100)
                        count -= {|VLX3001:live.Current|}.Port;

                    return count;
                }
            }
            """;
        const string fixedSource = UsageTest.Usings + Schema + """
            public sealed class Handler(LiveConfig<ServerConfig> live)
            {
                public int Count(IEnumerable<int> sizes)
                {
                    var count = 0;
                    foreach (var size in sizes)
                    {
                        var current = live.Current;
                        count += size > current.Cache.MaxEntries ? 1 : 0;
                    }

                    return count;
                }

                public int Drain(int count)
                {
                    while (count > 100)
                        count -= {|VLX3001:live.Current|}.Port;

                    return count;
                }
            }
            """;

        await UsageTest.Fix<CurrentReadAnalyzer, HoistCurrentCodeFix>(source, fixedSource).WithSchemas("ServerConfig").RunAsync();
    }

    [Fact]
    public async Task FixAll_TwoReceiversInOneMethod_TwoLocalsInOnePass()
    {
        const string source = UsageTest.Usings + Schema + """
            public sealed class Handler(LiveConfig<ServerConfig> a, LiveConfig<ServerConfig> b)
            {
                public int Sum()
                {
                    var x = {|VLX3001:a.Current|}.Port + {|VLX3001:b.Current|}.Port;
                    return x + a.Current.Port + b.Current.Port;
                }

                public int Other() 
                {
                    return {|VLX3001:a.Current|}.Port * a.Current.Port;
                }
            }
            """;
        const string fixedSource = UsageTest.Usings + Schema + """
            public sealed class Handler(LiveConfig<ServerConfig> a, LiveConfig<ServerConfig> b)
            {
                public int Sum()
                {
                    var current = a.Current;
                    var current2 = b.Current;
                    var x = current.Port + current2.Port;
                    return x + current.Port + current2.Port;
                }

                public int Other() 
                {
                    var current = a.Current;
                    return current.Port * current.Port;
                }
            }
            """;

        var test = UsageTest.Fix<CurrentReadAnalyzer, HoistCurrentCodeFix>(source, fixedSource);
        test.NumberOfFixAllIterations = 1;
        test.NumberOfFixAllInDocumentIterations = 1;
        test.NumberOfIncrementalIterations = 3;
        test.CodeActionEquivalenceKey = "Read Current once into a local";
        test.BatchFixedCode = fixedSource;
        await test.WithSchemas("ServerConfig").RunAsync();
    }

    [Fact]
    public async Task Fix_ExpressionBodiedOrReadInLoopCondition_NoFix()
    {
        const string source = UsageTest.Usings + Schema + """
            public sealed class Handler(LiveConfig<ServerConfig> live)
            {
                public int Sum() => {|VLX3001:live.Current|}.Port + live.Current.Cache.MaxEntries;

                public void Wait(ref int count)
                {
                    while (count < {|VLX3001:live.Current|}.Port)
                    {
                        count++;
                    }
                }
            }
            """;

        await UsageTest.Fix<CurrentReadAnalyzer, HoistCurrentCodeFix>(source, source).WithSchemas("ServerConfig").RunAsync();
    }
}
