namespace Veltrix.Tests.Parity.Existing;

/// <summary>A route whose constructor body gives the defaults of keys a route file leaves out.</summary>
public sealed class RouteOptions
{
    public RouteOptions()
    {
        Priority = 1;
        Separators = new[] { "," };
        DownstreamHostAndPorts = new List<HostAndPort>();
    }

    public string? Path { get; set; }

    public int Priority { get; set; }

    public string[] Separators { get; set; }

    public List<HostAndPort> DownstreamHostAndPorts { get; set; }
}
