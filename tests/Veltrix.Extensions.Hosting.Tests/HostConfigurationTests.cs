using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;
using Veltrix.Extensions.Hosting.Tests.Infrastructure;
using Veltrix.Extensions.Hosting.Tests.Schemas;

namespace Veltrix.Extensions.Hosting.Tests;

/// <summary>
/// <c>AddVeltrix&lt;T&gt;()</c> over a host as <c>Host.CreateApplicationBuilder</c> makes it: appsettings.json,
/// appsettings.Development.json, environment variables and the command line, in the host's order.
/// </summary>
[Collection(SerialTests.Name)]
public sealed class HostConfigurationTests : IDisposable
{
    private readonly string _contentRoot = Directory.CreateTempSubdirectory("veltrix-host-").FullName;

    // Variables are process-wide: a prefix of this test's own keeps other tests' hosts from reading them.
    private readonly string _prefix = "VLX" + Guid.NewGuid().ToString("N")[..8] + "_";
    private readonly List<string> _variables = [];

    private string AppSettings => Path.Combine(_contentRoot, "appsettings.json");

    private string DevelopmentSettings => Path.Combine(_contentRoot, "appsettings.Development.json");

    public void Dispose()
    {
        foreach (var name in _variables)
        {
            Environment.SetEnvironmentVariable(name, null);
        }

        Directory.Delete(_contentRoot, recursive: true);
    }

    [Fact]
    public async Task AppSettingsOverlay_BadValue_ErrorNamesTheOverlayFileAndLineAndTheKeyOnce()
    {
        File.WriteAllText(AppSettings, """{ "Shop": { "Port": 8081, "Name": "base" } }""");
        File.WriteAllText(DevelopmentSettings, "{\n  \"Shop\": {\n    \"Port\": 0\n  }\n}\n");
        using var host = Build(new CapturingLoggerProvider());

        var ex = await Assert.ThrowsAsync<ConfigException>(() => host.StartAsync());

        var error = Assert.Single(ex.Errors);
        Assert.Equal("Shop:Port", error.KeyPath);
        Assert.Equal(DevelopmentSettings, error.Origin.Source);
        Assert.Equal(3, error.Origin.Line);
        Assert.Equal(1, Occurrences(error.ToString(), "Shop:Port"));
    }

    [Fact]
    public async Task EnvironmentVariable_BadValue_ErrorNamesTheVariable()
    {
        File.WriteAllText(AppSettings, """{ "Shop": { "Cache": { "MaxEntries": 10 } } }""");
        SetVariable("Shop__Cache__MaxEntries", "0");
        using var host = Build(new CapturingLoggerProvider());

        var ex = await Assert.ThrowsAsync<ConfigException>(() => host.StartAsync());

        var error = Assert.Single(ex.Errors);
        Assert.Equal("Shop:Cache:MaxEntries", error.KeyPath);
        Assert.Equal($"environment variable {_prefix}Shop__Cache__MaxEntries", error.Origin.Source);
    }

    /// <summary>A configuration root that does not list its sources (Host.CreateDefaultBuilder's): the prefix comes from the provider.</summary>
    [Fact]
    public void EnvironmentVariable_RootWithoutSources_OriginNamesTheVariable()
    {
        SetVariable("SHOP__PORT", "9301");
        var root = new ConfigurationBuilder().AddEnvironmentVariables(_prefix).Build();

        using var live = VeltrixConfiguration.CreateBuilder<ShopConfig>().AddHostConfiguration(root).Build();

        Assert.Equal(9301, live.Current.Port);
        Assert.Equal($"environment variable {_prefix}SHOP__PORT", live.GetOrigin("Shop:Port").Source);
    }

    [Fact]
    public async Task FailedStart_ProblemsInFileVariableAndArgument_EachIsPrintedOnce()
    {
        File.WriteAllText(AppSettings, """{ "Shop": { "Name": "base" } }""");
        File.WriteAllText(DevelopmentSettings, "{\n  \"Shop\": {\n    \"Port\": 0\n  }\n}\n");
        SetVariable("Shop__Cache__MaxEntries", "0");
        var logs = new CapturingLoggerProvider();
        using var host = Build(logs, "--Shop:ApiKey=too-short");

        var ex = await Assert.ThrowsAsync<ConfigException>(() => host.StartAsync());

        Assert.Equal(
            new[]
            {
                ("Shop:ApiKey", "command-line argument 1"),
                ("Shop:Cache:MaxEntries", $"environment variable {_prefix}Shop__Cache__MaxEntries"),
                ("Shop:Port", $"{DevelopmentSettings}:3:13"),
            },
            ex.Errors.Select(e => (e.KeyPath, e.Origin.ToString())).Order());

        // What a console would show: every log entry with its exception, then the exception the host stops with.
        var printed = string.Join(Environment.NewLine, logs.Entries.Select(e => e.Message + Environment.NewLine + e.Exception)) + ex;
        Assert.All(ex.Errors, error => Assert.Equal(1, Occurrences(printed, error.ToString())));
        var listed = Assert.Single(logs.WithEventId(2));
        Assert.All(ex.Errors, error => Assert.Contains(error.ToString(), listed.Message, StringComparison.Ordinal));
        Assert.Contains(logs.Entries, e => e.Exception is not null && e.Exception.Contains(ex.Message, StringComparison.Ordinal));
        Assert.DoesNotContain("too-short", printed, StringComparison.Ordinal);
    }

    /// <summary>The older IHostBuilder: its configuration is a root that does not list its sources.</summary>
    [Fact]
    public async Task GenericHostBuilder_BadValuesInFileAndVariable_ErrorsNameFileLineAndVariable()
    {
        File.WriteAllText(AppSettings, "{\n  \"Shop\": {\n    \"Port\": 0\n  }\n}\n");
        SetVariable("Shop__Cache__MaxEntries", "0");
        using var host = Host.CreateDefaultBuilder()
            .UseContentRoot(_contentRoot)
            .UseEnvironment(Environments.Production)
            .ConfigureAppConfiguration(configuration => configuration.AddEnvironmentVariables(_prefix))
            .ConfigureLogging(logging => logging.ClearProviders())
            .ConfigureServices(services => services.AddVeltrix<ShopConfig>())
            .Build();

        var ex = await Assert.ThrowsAsync<ConfigException>(() => host.StartAsync());

        Assert.Equal(
            new[]
            {
                ("Shop:Cache:MaxEntries", $"environment variable {_prefix}Shop__Cache__MaxEntries"),
                ("Shop:Port", $"{AppSettings}:3:13"),
            },
            ex.Errors.Select(e => (e.KeyPath, e.Origin.ToString())).Order());
    }

    [Fact]
    public async Task Precedence_FilesVariablesAndArguments_SameValuesAsTheHostsConfiguration()
    {
        File.WriteAllText(AppSettings, """{ "Shop": { "Name": "base", "Port": 1001, "Hosts": ["a", "b", "c"], "Cache": { "MaxEntries": 10 } } }""");
        File.WriteAllText(DevelopmentSettings, """{ "Shop": { "Port": 1002, "Hosts": ["x"] } }""");
        SetVariable("Shop__Cache__MaxEntries", "30");
        SetVariable("Shop__Hosts__2", "z");
        using var host = Build(new CapturingLoggerProvider(), "--Shop:Name=cli", "--Shop:Cache:MaxEntries=20");
        await host.StartAsync();
        var live = host.Services.GetRequiredService<LiveConfig<ShopConfig>>();
        var configuration = host.Services.GetRequiredService<IConfiguration>();

        Assert.Equal(configuration["Shop:Name"], live.Current.Name);
        Assert.Equal(configuration["Shop:Port"], live.Current.Port.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(configuration["Shop:Cache:MaxEntries"], live.Current.Cache.MaxEntries.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(configuration.GetSection("Shop:Hosts").GetChildren().OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Value), live.Current.Hosts);
        Assert.Equal(("cli", 1002, 30), (live.Current.Name, live.Current.Port, live.Current.Cache.MaxEntries));
        Assert.Equal(["x", "b", "z"], live.Current.Hosts);

        Assert.Equal("command-line argument 1", live.GetOrigin("Shop:Name").Source);
        Assert.Equal(DevelopmentSettings, live.GetOrigin("Shop:Port").Source);
        Assert.Equal($"environment variable {_prefix}Shop__Cache__MaxEntries", live.GetOrigin("Shop:Cache:MaxEntries").Source);
        Assert.Equal(DevelopmentSettings, live.GetOrigin("Shop:Hosts:0").Source);
        Assert.Equal(AppSettings, live.GetOrigin("Shop:Hosts:1").Source);
        Assert.Equal($"environment variable {_prefix}Shop__Hosts__2", live.GetOrigin("Shop:Hosts:2").Source);
        await host.StopAsync();
    }

    [Fact]
    public async Task OptionalFileMissing_HostStartsAndTheFileIsAnOptionalSource()
    {
        File.WriteAllText(AppSettings, """{ "Shop": { "Port": 1003 } }""");
        using var host = Build(new CapturingLoggerProvider());

        await host.StartAsync();

        var live = host.Services.GetRequiredService<LiveConfig<ShopConfig>>();
        Assert.Equal(1003, live.Current.Port);
        var development = Assert.Single(live.Sources.OfType<JsonFileSource>(), s => s.Path == DevelopmentSettings);
        Assert.True(development.Optional);
        Assert.True(development.ReloadOnChange);
        await host.StopAsync();
    }

    [Fact]
    public async Task TranslatedJsonFile_Saved_ReloadsThroughVeltrixOnly()
    {
        File.WriteAllText(AppSettings, """{ "Shop": { "Port": 1004, "Name": "base" } }""");
        File.WriteAllText(DevelopmentSettings, """{ "Shop": { "Port": 1005 } }""");
        using var host = Build(new CapturingLoggerProvider());
        await host.StartAsync();
        var live = host.Services.GetRequiredService<LiveConfig<ShopConfig>>();
        var configuration = host.Services.GetRequiredService<IConfiguration>();
        var hostReloaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var hostWatch = ChangeToken.OnChange(configuration.GetReloadToken, () => hostReloaded.TrySetResult());
        var change = LiveEvents.NextChange(live);

        File.WriteAllText(DevelopmentSettings, """{ "Shop": { "Port": 1006 } }""");

        var args = await change;
        Assert.Equal(["Shop:Port"], args.ChangedKeys);
        Assert.Equal(1006, live.Current.Port);

        // The host's own provider reloads the file too; the sources that follow the host ask for no second reload.
        await hostReloaded.Task.WaitAsync(LiveEvents.Timeout);
        Assert.Equal("1006", configuration["Shop:Port"]);
        var followers = live.Sources.OfType<ConfigurationProviderSource>().ToList();
        Assert.NotEmpty(followers);
        Assert.All(followers, source => Assert.False(source.ChangedSinceLoad(), source.Name));
        Assert.Equal(2, live.Generation);
        await host.StopAsync();
    }

    [Fact]
    public async Task InMemoryProviderBetweenFiles_KeepsItsPrecedencePosition()
    {
        File.WriteAllText(AppSettings, """{ "Shop": { "Name": "base", "Port": 1001 } }""");
        File.WriteAllText(DevelopmentSettings, """{ "Shop": { "Name": "development" } }""");
        var builder = CreateBuilder(new CapturingLoggerProvider());
        var sources = builder.Configuration.Sources;
        var appSettings = sources.IndexOf(sources.OfType<JsonConfigurationSource>().Single(s => s.Path == "appsettings.json"));
        sources.Insert(appSettings + 1, new MemoryConfigurationSource
        {
            InitialData = [new("Shop:Name", "memory"), new("Shop:Port", "2002"), new("Shop:Cache:MaxEntries", "50")],
        });
        builder.Services.AddVeltrix<ShopConfig>();
        using var host = builder.Build();
        await host.StartAsync();
        var live = host.Services.GetRequiredService<LiveConfig<ShopConfig>>();
        var configuration = host.Services.GetRequiredService<IConfiguration>();

        Assert.Equal(("development", 2002, 50), (live.Current.Name, live.Current.Port, live.Current.Cache.MaxEntries));
        Assert.Equal((configuration["Shop:Name"], configuration["Shop:Port"]), (live.Current.Name, live.Current.Port.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal("MemoryConfigurationProvider", live.GetOrigin("Shop:Port").Source);
        Assert.Equal(DevelopmentSettings, live.GetOrigin("Shop:Name").Source);
        var order = live.Sources.ToList();
        var memory = order.FindIndex(s => s is ConfigurationProviderSource bridged && bridged.Provider.TryGet("Shop:Port", out _));
        Assert.True(order.FindIndex(s => s.Name == AppSettings) < memory);
        Assert.True(memory < order.FindIndex(s => s.Name == DevelopmentSettings));
        await host.StopAsync();
    }

    [Fact]
    public void JsonProviderWithoutAFileOnDisk_IsReadThroughTheHostsProvider()
    {
        using var json = new MemoryStream("""{ "Shop": { "Port": 9302 } }"""u8.ToArray());
        var root = new ConfigurationBuilder().AddJsonStream(json).Build();

        using var live = VeltrixConfiguration.CreateBuilder<ShopConfig>().AddHostConfiguration(root).Build();

        Assert.Equal(9302, live.Current.Port);
        Assert.IsType<ConfigurationProviderSource>(Assert.Single(live.Sources));
        Assert.StartsWith("JsonStreamConfigurationProvider", live.GetOrigin("Shop:Port").Source, StringComparison.Ordinal);
    }

    [Fact]
    public void HostConfigurationNotARoot_IsReadWholeThroughTheBridge()
    {
        var root = new ConfigurationBuilder().AddInMemoryCollection([new("Shop:Port", "9303")]).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new PlainConfiguration(root));
        services.AddVeltrix<ShopConfig>();
        using var provider = services.BuildServiceProvider();

        var live = provider.GetRequiredService<LiveConfig<ShopConfig>>();

        Assert.Equal(9303, live.Current.Port);
        Assert.IsType<ConfigurationBridgeSource>(Assert.Single(live.Sources));
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private void SetVariable(string name, string value)
    {
        _variables.Add(_prefix + name);
        Environment.SetEnvironmentVariable(_prefix + name, value);
    }

    private IHost Build(CapturingLoggerProvider logs, params string[] args)
    {
        var builder = CreateBuilder(logs, args);
        builder.Services.AddVeltrix<ShopConfig>();
        return builder.Build();
    }

    /// <summary>The host's defaults, plus variables with this test's prefix after them (a host reads APP_-style variables this way).</summary>
    private HostApplicationBuilder CreateBuilder(CapturingLoggerProvider logs, params string[] args)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = _contentRoot,
            EnvironmentName = Environments.Development,
            Args = args,
        });
        builder.Configuration.AddEnvironmentVariables(_prefix);
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Logging.AddProvider(logs);
        return builder;
    }

    /// <summary>An <see cref="IConfiguration"/> that is not an <see cref="IConfigurationRoot"/>: its providers are not known.</summary>
    private sealed class PlainConfiguration(IConfiguration inner) : IConfiguration
    {
        public string? this[string key]
        {
            get => inner[key];
            set => inner[key] = value;
        }

        public IEnumerable<IConfigurationSection> GetChildren() => inner.GetChildren();

        public IChangeToken GetReloadToken() => inner.GetReloadToken();

        public IConfigurationSection GetSection(string key) => inner.GetSection(key);
    }
}
