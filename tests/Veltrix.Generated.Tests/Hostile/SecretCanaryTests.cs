using System.Collections;
using System.Diagnostics.Metrics;
using System.Reflection;
using System.Text;
using Veltrix.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Veltrix.Tests.Hostile;

/// <summary>
/// R23: a canary (<c>CANARY-&lt;guid&gt;</c>) in every secret, through every source, in good loads, changes, bad values
/// and bad JSON lines, and in the sample; everything the library could print is collected, and the canary must
/// appear in none of it. Runs alone: it redirects the console and sets environment variables for the sample.
/// </summary>
[Collection(SerialTests.Name)]
public sealed class SecretCanaryTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _canary = "CANARY-" + Guid.NewGuid().ToString("N");
    private readonly List<(string Where, string Text)> _captured = [];
    private readonly Binding.TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Canary_InEverySecretAndEveryFailure_AppearsInNothingPrinted()
    {
        using var metrics = ListenToMetrics();
        var path = _temp.Write("appsettings.json", Json($"\"Password\": \"{_canary}\""));
        var environment = new Hashtable { ["APP_Hostile__Inner__ApiKey"] = _canary, ["APP_Hostile__Port"] = "9090" };
        using var config = VeltrixConfiguration.CreateBuilder<HostileConfig>()
            .AddJsonFile(path)
            .AddSource(new EnvironmentVariablesSource("APP_", strict: true, () => environment))
            .AddCommandLine(["--Hostile:Weights:k=1"], strict: true)
            .Build();

        // The secrets are bound: only their printing is hidden.
        Assert.Equal(_canary, config.Current.Password);
        Assert.Equal(_canary, config.Current.Inner.ApiKey);
        CaptureSnapshot("first load", config);

        config.Changed += (_, e) => Capture("Changed", string.Join(",", e.ChangedKeys), e.ToString(), e.Previous.ToString(), e.Current.ToString(), e.Current.Inner.ToString());
        config.ReloadFailed += (_, e) => CaptureException("ReloadFailed", e.Exception);
        config.HandlerFailed += (_, e) => CaptureException("HandlerFailed", e.Exception);
        using var byKey = config.OnChange("Hostile:Password", e => Capture("OnChange(key)", string.Join(",", e.ChangedKeys), e.Current.ToString()));
        using var bySection = config.OnChange(c => c.Inner, inner => Capture("OnChange(section)", inner.ToString()));

        // A changed secret: a change set, an event, subscriptions.
        _temp.Write("appsettings.json", Json($"\"Password\": \"{_canary}-2\", \"Inner\": {{ \"ApiKey\": \"{_canary}-3\" }}"));
        Assert.Equal(ReloadResult.Changed, config.Reload());
        CaptureSnapshot("after a change", config);

        // A secret int given the canary: the conversion error shows key path and type only.
        _temp.Write("appsettings.json", Json($"\"Pin\": \"{_canary}\""));
        Assert.Equal(ReloadResult.Failed, config.Reload());
        var conversion = Assert.Single(config.LastError!.Errors);
        Assert.Equal(("Hostile:Pin", "Type", "The value is not a valid Int32."), (conversion.KeyPath, conversion.Rule, conversion.Message));

        // Syntax errors on the secret's own line, each a different way JSON breaks.
        foreach (var line in BadSecretLines())
        {
            var file = _temp.Write("appsettings.json", string.Empty);
            File.WriteAllBytes(file, line);
            Assert.Equal(ReloadResult.Failed, config.Reload());
            CaptureException("bad JSON line", config.LastError!);
        }

        // Failed builds through each source, and the errors that name a key beside a secret value.
        foreach (var build in FailingBuilds())
        {
            var ex = Assert.Throws<ConfigException>(() => build().Dispose());
            CaptureException("failed build", ex);
        }

        CaptureSnapshot("after failures", config);
        RunSample();

        var leaks = _captured.Where(c => c.Text.Contains(_canary, StringComparison.Ordinal)).Select(static c => $"{c.Where}: {c.Text}").Distinct().ToList();
        ReliabilityFigures.Report(output, "R23", $"canary in every secret: {_captured.Count} texts captured from {_captured.Select(static c => c.Where).Distinct().Count()} kinds of output (ToString, values, origins, schema, health, change events, subscriptions, reload failures, {BadSecretLines().Count()} bad JSON lines on the secret's line, {FailingBuilds().Count()} failed builds, metrics tags, the sample's stdout and stderr); canary found {leaks.Count} times");
        Assert.Empty(leaks);
    }

    [Fact]
    public void Source_ThrowsWhileParsingASecret_ErrorNamesTheExceptionTypeButNotItsText()
    {
        // .NET's FormatException quotes the text it could not parse; a custom source that lets one escape must not leak it.
        var ex = Assert.Throws<ConfigException>(() => VeltrixConfiguration.CreateBuilder<HostileConfig>()
            .AddSource(new ThrowingSource(() => throw new InvalidOperationException("wrapped", new FormatException(_canary))))
            .AddSource(new ThrowingSource(() => int.Parse(_canary, System.Globalization.CultureInfo.InvariantCulture)))
            .Build());

        Assert.Equal(["Source", "Source"], ex.Errors.Select(static e => e.Rule));
        Assert.Contains("FormatException", ex.Errors[1].Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_canary, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Source_FailsWithAnIoError_ErrorKeepsTheSystemsMessage()
    {
        var ex = Assert.Throws<ConfigException>(() => VeltrixConfiguration.CreateBuilder<HostileConfig>()
            .AddSource(new ThrowingSource(() => throw new IOException("Connection refused (127.0.0.1:2379)")))
            .Build());

        Assert.Contains("IOException: Connection refused (127.0.0.1:2379)", Assert.Single(ex.Errors).Message, StringComparison.Ordinal);
    }

    private static string Json(string members) => "{\n  \"Hostile\": {\n    \"Name\": \"app\",\n    " + members + "\n  }\n}\n";

    private IEnumerable<byte[]> BadSecretLines()
    {
        string[] lines =
        [
            $"\"Password\": {_canary},",                      // unquoted: an invalid literal
            $"\"Password\": \"{_canary}",                     // unterminated: the file ends inside the secret
            $"\"Password\": \"{_canary}\u0001\"",             // a raw control character in the secret
            $"\"Password\": \"{_canary}\\q\"",                // an invalid escape in the secret
            $"\"Password\": \"{_canary}\" \"Pin\": 1",        // a missing comma after the secret
            $"\"Password\": \"{_canary}\\uD800\"",            // an unpaired surrogate escape
            $"\"Password\": \"{_canary}\", \"password\": \"{_canary}\"", // the secret given twice
        ];
        foreach (var line in lines)
        {
            yield return Encoding.UTF8.GetBytes(Json(line));
        }

        // Invalid UTF-8 inside the secret.
        yield return [.. Encoding.UTF8.GetBytes(Json($"\"Password\": \"{_canary}")[..^7]), 0xFF, .. "\"\n  }\n}\n"u8];
    }

    private IEnumerable<Func<IDisposable>> FailingBuilds()
    {
        var pin = new Dictionary<string, string> { ["Hostile:Pin"] = _canary };
        yield return () => VeltrixConfiguration.CreateBuilder<HostileConfig>().AddJsonFile(_temp.Write("pin.json", Json($"\"Pin\": \"{_canary}\""))).Build();
        yield return () => VeltrixConfiguration.CreateBuilder<HostileConfig>().AddSource(Binding.TestSources.Environment(pin)).Build();
        yield return () => VeltrixConfiguration.CreateBuilder<HostileConfig>().AddCommandLine(Binding.TestSources.ToArguments(pin)).Build();
        yield return () => VeltrixConfiguration.CreateBuilder<HostileConfig>().AddInMemoryCollection(Binding.TestSources.ToPairs(pin)).Build();
        yield return () => VeltrixConfiguration.CreateBuilder<HostileConfig>().AddInMemoryCollection([new("Hostile:Inner:ApiKey", _canary), new("Hostile:Inner:ApiKey:x", _canary)]).Build();
        yield return () => VeltrixConfiguration.CreateBuilder<HostileConfig>().AddJsonFile(_temp.Write("line.json", Json($"\"Password\": {_canary}"))).Build();
        yield return () => VeltrixConfiguration.CreateBuilder<HostileConfig>()
            .WithLimits(new ConfigLimits { MaxValueLength = 16 })
            .AddJsonFile(_temp.Write("long.json", Json($"\"Password\": \"{_canary}\""))).Build();
        yield return () => VeltrixConfiguration.CreateBuilder<HostileConfig>()
            .AddSource(new EnvironmentVariablesSource("APP_", strict: true, () => new Hashtable { ["APP_Hostile__Pasword"] = _canary }))
            .Build();
        yield return () => VeltrixConfiguration.CreateBuilder<HostileConfig>().AddCommandLine([$"--Hostile:Pasword={_canary}", "-x", _canary], strict: true).Build();
        yield return () => VeltrixConfiguration.CreateBuilder<HostileConfig>().AddJsonFile(_temp.Write("strict.json", Json($"\"Pasword\": \"{_canary}\"")), JsonFileOptions.Strict).Build();
    }

    private void CaptureSnapshot(string where, LiveConfig<HostileConfig> config)
    {
        Capture(where + ": ToString", config.Current.ToString(), config.Current.Inner.ToString());
        foreach (var key in config.Schema.Keys)
        {
            var path = key.Path.Replace("*", "k", StringComparison.Ordinal);
            Capture(where + ": schema", key.ToString());
            if (config.TryGetValue(path, out var value))
            {
                Capture(where + ": TryGetValue", value.ToString(), $"{value}", string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0}", value));
            }

            Capture(where + ": GetOrigin", config.GetOrigin(path).ToString());
        }

        foreach (var health in config.SourceHealth)
        {
            Capture(where + ": health", health.ToString(), health.Message);
        }

        if (config.LastError is { } error)
        {
            CaptureException(where + ": LastError", error);
        }
    }

    private void CaptureException(string where, Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            Capture(where, e.Message, e.ToString());
            if (e is ConfigException config)
            {
                foreach (var error in config.Errors)
                {
                    Capture(where, error.ToString(), error.KeyPath, error.Origin.ToString());
                }
            }
        }
    }

    private void Capture(string where, params string?[] texts)
    {
        foreach (var text in texts)
        {
            if (text is not null)
            {
                _captured.Add((where, text));
            }
        }
    }

    private MeterListener ListenToMetrics()
    {
        var listener = new MeterListener
        {
            InstrumentPublished = static (instrument, l) =>
            {
                if (instrument.Meter.Name == VeltrixMetrics.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) => CaptureTags(tags));
        listener.SetMeasurementEventCallback<double>((_, _, tags, _) => CaptureTags(tags));
        listener.Start();
        return listener;

        void CaptureTags(ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            foreach (var tag in tags)
            {
                lock (_captured)
                {
                    Capture("metrics tag", tag.Key + "=" + tag.Value);
                }
            }
        }
    }

    // The sample's own code path: its entry point, with the canary in its secret from the environment and the
    // command line, once printing the configuration and once failing validation.
    private void RunSample()
    {
        var entryPoint = typeof(Veltrix.Sample.ServerConfig).Assembly.EntryPoint!;
        Environment.SetEnvironmentVariable("SAMPLE_Server__DatabasePassword", _canary);
        try
        {
            Assert.Equal(0, InvokeSample(entryPoint, []));
            Assert.Equal(0, InvokeSample(entryPoint, [$"--Server:DatabasePassword={_canary}"]));
            Assert.Equal(1, InvokeSample(entryPoint, [$"--Server:DatabasePassword={_canary}", "--Server:Port=0", "--Server:Cache:Ttl=soon"]));
        }
        finally
        {
            Environment.SetEnvironmentVariable("SAMPLE_Server__DatabasePassword", null);
        }
    }

    private int InvokeSample(MethodInfo entryPoint, string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var (oldOut, oldError) = (Console.Out, Console.Error);
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            var code = (int)entryPoint.Invoke(null, [args])!;
            Capture("sample stdout", stdout.ToString());
            Capture("sample stderr", stderr.ToString());
            Assert.False(string.IsNullOrEmpty(stdout.ToString() + stderr.ToString()));
            return code;
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }
}
