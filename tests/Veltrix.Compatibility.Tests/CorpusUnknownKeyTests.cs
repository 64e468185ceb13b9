using Xunit.Abstractions;

namespace Veltrix.Compatibility.Tests;

/// <summary>
/// Unknown keys on real files: loading every shipped file stack must report no key as unknown except real mistakes,
/// the ones the config-file analyzer finds in the same files and stale keys in files it does not read, so the
/// runtime's warnings are as quiet on code people already have as the build is.
/// </summary>
public sealed class CorpusUnknownKeyTests(ITestOutputHelper output)
{
    [Fact]
    public void EveryStack_ReportsOnlyTheMistakesTheAnalyzerFinds()
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var stack in CorpusCatalog.Stacks.Values)
        {
            foreach (var root in stack.Roots)
            {
                foreach (var unknown in root.FindUnknownKeys(stack.FullPaths))
                {
                    var file = Path.GetRelativePath(Path.Combine(AppContext.BaseDirectory, "Corpus"), unknown.Origin.Source);
                    found.Add($"{file}:{unknown.Origin.Line} {unknown.KeyPath} ({root})");
                }
            }
        }

        foreach (var line in found)
        {
            output.WriteLine(line);
        }

        Assert.Equal(
            [
                // FileGlobalConfiguration has no AdministrationPath in Ocelot 24 (the path is given in code, to
                // AddAdministration): the key is stale. The analyzer does not see these files (they are not appsettings*.json).
                "Ocelot/samples/Eureka/ApiGateway/ocelot.json:37 GlobalConfiguration:AdministrationPath (FileConfiguration)",
                "Ocelot/samples/ServiceDiscovery/ApiGateway/ocelot.json:27 GlobalConfiguration:AdministrationPath (FileConfiguration)",

                // The two VLX4002 findings of CorpusAnalyzerTests, at the same lines.
                "Yarp/samples/ReverseProxy.Config.Sample/appsettings.json:117 ReverseProxy:Clusters:allClusterProps:HttpRequest:Timeout (ReverseProxySection)",
                "Yarp/samples/ReverseProxy.Config.Sample/appsettings.json:33 ReverseProxy:Routes:allRouteProps:Authorization Policy (ReverseProxySection)",
            ],
            found);
    }
}
