using Yarp.ReverseProxy.Configuration;

namespace Veltrix.Compatibility.Tests.Corpus.Yarp;

/// <summary>
/// Not upstream: YARP reads its "ReverseProxy" section with its own loader (ConfigurationConfigProvider), so it
/// ships no class for the section itself. This root holds the two maps that loader reads, keyed by route and
/// cluster id, with YARP's own <see cref="RouteConfig"/> and <see cref="ClusterConfig"/> as the values.
/// </summary>
[VeltrixConfig("ReverseProxy")]
public sealed partial class ReverseProxySection
{
    /// <summary>Routes by route id.</summary>
    public Dictionary<string, RouteConfig>? Routes { get; set; }

    /// <summary>Clusters by cluster id.</summary>
    public Dictionary<string, ClusterConfig>? Clusters { get; set; }
}
