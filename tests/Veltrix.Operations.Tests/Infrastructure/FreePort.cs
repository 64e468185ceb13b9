using System.Net;
using System.Net.Sockets;

namespace Veltrix.Operations.Tests.Infrastructure;

/// <summary>A loopback TCP port that nothing listened on a moment ago.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
