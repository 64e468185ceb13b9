using AspNetCoreRateLimit;
using eShop.Catalog.API;
using eShop.EventBusRabbitMQ;
using eShop.OrderProcessor;
using eShop.PaymentProcessor;
using eShop.WebhookClient.Services;
using Ocelot.Configuration.File;
using Veltrix.Compatibility.Tests.Corpus.Yarp;
using Veltrix.Compatibility.Tests.Infrastructure;

namespace Veltrix.Compatibility.Tests;

/// <summary>
/// The file stacks of the corpus, each loaded in its project's order with the options classes the project binds
/// from it, and the overrides a deployment sets over each corpus. See UPSTREAM.md in each corpus folder for where
/// the files come from.
/// </summary>
public static class CorpusCatalog
{
    private static readonly CorpusRoot Ocelot = new CorpusRoot<FileConfiguration>();
    private static readonly CorpusRoot IpRateLimiting = new CorpusRoot<IpRateLimitOptions>();
    private static readonly CorpusRoot IpPolicies = new CorpusRoot<IpRateLimitPolicies>();
    private static readonly CorpusRoot ClientRateLimiting = new CorpusRoot<ClientRateLimitOptions>();
    private static readonly CorpusRoot ClientPolicies = new CorpusRoot<ClientRateLimitPolicies>();
    private static readonly CorpusRoot Catalog = new CorpusRoot<CatalogOptions>();
    private static readonly CorpusRoot EventBus = new CorpusRoot<EventBusOptions>();
    private static readonly CorpusRoot BackgroundTasks = new CorpusRoot<BackgroundTaskOptions>();
    private static readonly CorpusRoot Payment = new CorpusRoot<PaymentOptions>();
    private static readonly CorpusRoot WebhookClient = new CorpusRoot<WebhookClientOptions>();
    private static readonly CorpusRoot ReverseProxy = new CorpusRoot<ReverseProxySection>();

    /// <summary>Every stack, by <see cref="CorpusStack.ToString"/>.</summary>
    public static IReadOnlyDictionary<string, CorpusStack> Stacks { get; } = BuildStacks().ToDictionary(static s => s.ToString(), StringComparer.Ordinal);

    /// <summary>The scenarios run over every stack of <paramref name="corpus"/>, the files alone first.</summary>
    public static IReadOnlyList<OverrideScenario> ScenariosFor(string corpus) => corpus switch
    {
        "Ocelot" =>
        [
            OverrideScenario.FilesOnly,
            OverrideScenario.Env("patch-list-element-field", ("Routes__0__Priority", "5")),
            OverrideScenario.Env(
                "append-past-end",
                ("Routes__{count:Routes}__UpstreamPathTemplate", "/appended/{everything}"),
                ("Routes__{count:Routes}__DownstreamPathTemplate", "/{everything}"),
                ("Routes__{count:Routes}__DownstreamHostAndPorts__0__Host", "appended.example"),
                ("Routes__{count:Routes}__DownstreamHostAndPorts__0__Port", "8081")),
            OverrideScenario.Env("append-to-scalar-list", ("Routes__0__UpstreamHttpMethod__{count:Routes:0:UpstreamHttpMethod}", "Options")),
            OverrideScenario.Args("override-scalar", ("GlobalConfiguration:BaseUrl", "https://gateway.example")),
            OverrideScenario.Args("nested-list-element-field", ("Routes:0:DownstreamHostAndPorts:0:Port", "81")),
        ],
        "AspNetCoreRateLimit" =>
        [
            OverrideScenario.FilesOnly,
            OverrideScenario.Env("patch-list-element-field", ("IpRateLimiting__GeneralRules__0__Limit", "7")),
            OverrideScenario.Env("patch-list-element-timespan", ("IpRateLimiting__GeneralRules__0__PeriodTimespan", "00:00:30")),
            OverrideScenario.Env(
                "append-past-end",
                ("IpRateLimitPolicies__IpRules__0__Rules__{count:IpRateLimitPolicies:IpRules:0:Rules}__Endpoint", "*"),
                ("IpRateLimitPolicies__IpRules__0__Rules__{count:IpRateLimitPolicies:IpRules:0:Rules}__Period", "1h"),
                ("IpRateLimitPolicies__IpRules__0__Rules__{count:IpRateLimitPolicies:IpRules:0:Rules}__Limit", "1000")),
            OverrideScenario.Env("append-to-scalar-list", ("IpRateLimiting__IpWhitelist__{count:IpRateLimiting:IpWhitelist}", "10.0.0.0/8")),
            OverrideScenario.Args("override-scalar", ("IpRateLimiting:HttpStatusCode", "503"), ("ClientRateLimiting:ClientIdHeader", "X-Override")),
            OverrideScenario.Args("nested-list-element-field", ("IpRateLimitPolicies:IpRules:0:Rules:0:Limit", "11"), ("ClientRateLimitPolicies:ClientRules:1:Rules:0:Period", "2s")),
        ],
        "eShop" =>
        [
            OverrideScenario.FilesOnly,
            OverrideScenario.Env("override-scalar", ("EventBus__RetryCount", "3"), ("EventBus__SubscriptionClientName", "Override"), ("BackgroundTaskOptions__GracePeriodTime", "5")),
            OverrideScenario.Env("set-empty-string", ("WebhookClientOptions__Token", string.Empty), ("CatalogOptions__PicBaseUrl", string.Empty)),
            OverrideScenario.Args(
                "override-scalar-command-line",
                ("CatalogOptions:PicBaseUrl", "https://cdn.example/{0}"),
                ("PaymentOptions:PaymentSucceeded", "false"),
                ("WebhookClientOptions:SelfUrl", "https://self.example/")),
        ],
        "Yarp" =>
        [
            OverrideScenario.FilesOnly,
            OverrideScenario.Env("patch-list-element-field", ("ReverseProxy__Routes__{first:ReverseProxy:Routes}__Match__Hosts__0", "override.example")),
            OverrideScenario.Env(
                "append-past-end",
                ("ReverseProxy__Routes__{first:ReverseProxy:Routes}__Match__Methods__{count:ReverseProxy:Routes:{first:ReverseProxy:Routes}:Match:Methods}", "PATCH")),
            OverrideScenario.Env("add-dictionary-entry", ("ReverseProxy__Clusters__{first:ReverseProxy:Clusters}__Destinations__added__Address", "https://added.example/")),
            OverrideScenario.Args(
                "override-scalar",
                ("ReverseProxy:Routes:{first:ReverseProxy:Routes}:Order", "7"),
                ("ReverseProxy:Clusters:{first:ReverseProxy:Clusters}:LoadBalancingPolicy", "PowerOfTwoChoices")),
            OverrideScenario.Args("nested-list-element-field", ("ReverseProxy:Routes:{first:ReverseProxy:Routes}:Match:Headers:0:Name", "X-Override")),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(corpus), corpus, "No scenarios for this corpus."),
    };

    private static IEnumerable<CorpusStack> BuildStacks()
    {
        // Ocelot's samples load appsettings.json, appsettings.{Environment}.json, then ocelot.json, and bind the root.
        foreach (var sample in new[] { "Basic", "Eureka/ApiGateway", "GraphQL", "Kubernetes/ApiGateway", "Metadata", "OpenTracing", "ServiceDiscovery/ApiGateway", "ServiceFabric/ApiGateway" })
        {
            var folder = "samples/" + sample;
            var files = new[] { "appsettings.json", "appsettings.Development.json", "ocelot.json" }
                .Where(f => File.Exists(Path.Combine(AppContext.BaseDirectory, "Corpus", "Ocelot", folder, f)))
                .Select(f => folder + "/" + f)
                .ToList();
            yield return Stack("Ocelot", files, Ocelot);
        }

        // The Configuration sample's route files, each alone (Ocelot merges them with its own code, not the binder's).
        foreach (var routes in new[] { "ocelot.docs.json", "ocelot.posts.json", "ocelot.weather.json" })
        {
            yield return Stack("Ocelot", ["samples/Configuration/ocelot-configuration/" + routes], Ocelot);
        }

        // AspNetCoreRateLimit's demo: appsettings.json, and with the appsettings.Regex.json overlay.
        CorpusRoot[] rateLimit = [IpRateLimiting, IpPolicies, ClientRateLimiting, ClientPolicies];
        yield return Stack("AspNetCoreRateLimit", ["test/AspNetCoreRateLimit.Demo/appsettings.json"], rateLimit);
        yield return Stack("AspNetCoreRateLimit", ["test/AspNetCoreRateLimit.Demo/appsettings.json", "test/AspNetCoreRateLimit.Demo/appsettings.Regex.json"], rateLimit);

        // eShop's services: appsettings.json and appsettings.Development.json, with the options each service binds.
        yield return Stack("eShop", EShop("Catalog.API"), Catalog, EventBus);
        yield return Stack("eShop", EShop("OrderProcessor"), BackgroundTasks, EventBus);
        yield return Stack("eShop", EShop("PaymentProcessor"), Payment, EventBus);
        yield return Stack("eShop", EShop("WebhookClient"), WebhookClient);
        yield return Stack("eShop", EShop("Basket.API"), EventBus);
        yield return Stack("eShop", EShop("Ordering.API"), EventBus);

        // YARP's samples: the ReverseProxy section of appsettings.json (+ appsettings.Development.json where shipped).
        foreach (var sample in new[] { "BasicYarpSample", "ReverseProxy.Auth.Sample", "ReverseProxy.Config.Sample", "ReverseProxy.Metrics.Sample", "ReverseProxy.Transforms.Sample" })
        {
            var folder = "samples/" + sample;
            var files = new[] { "appsettings.json", "appsettings.Development.json" }
                .Where(f => File.Exists(Path.Combine(AppContext.BaseDirectory, "Corpus", "Yarp", folder, f)))
                .Select(f => folder + "/" + f)
                .ToList();
            yield return Stack("Yarp", files, ReverseProxy);
        }
    }

    private static string[] EShop(string service) => ["src/" + service + "/appsettings.json", "src/" + service + "/appsettings.Development.json"];

    private static CorpusStack Stack(string corpus, IReadOnlyList<string> files, params CorpusRoot[] roots)
    {
        var folder = Path.GetDirectoryName(files[0])!.Replace('\\', '/');
        var name = folder + "/" + string.Join("+", files.Select(Path.GetFileName));
        return new CorpusStack(corpus, name, files, roots);
    }
}
