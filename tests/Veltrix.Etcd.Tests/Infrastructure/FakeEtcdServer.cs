using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Veltrix.Etcd.Tests.Infrastructure;

/// <summary>Kestrel on a free loopback port, plain HTTP/2, serving <see cref="FakeEtcdService"/>.</summary>
public sealed class FakeEtcdServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeEtcdServer(WebApplication app, FakeEtcdService service, Uri url)
    {
        _app = app;
        Service = service;
        Url = url;
    }

    public FakeEtcdService Service { get; }

    public Uri Url { get; }

    public static async Task<FakeEtcdServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http2));
        var service = new FakeEtcdService();
        builder.Services.AddSingleton(service);
        builder.Services.AddGrpc();
        var app = builder.Build();
        app.MapGrpcService<FakeEtcdService>();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new FakeEtcdServer(app, service, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
