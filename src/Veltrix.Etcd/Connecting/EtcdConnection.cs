using System;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using Etcdserverpb;
using Grpc.Core;
using Grpc.Net.Client;

namespace Veltrix.Etcd;

/// <summary>
/// One gRPC channel to one member at a time, with HTTP/2 keepalive (so a stalled member is noticed), TLS and
/// etcd's token auth. <see cref="NextEndpoint"/> moves to the next member after a failure.
/// </summary>
internal sealed class EtcdConnection : IDisposable
{
    private readonly EtcdSourceOptions _options;
    private readonly Lock _gate = new();
    private GrpcChannel? _channel;
    private int _endpoint;
    private string? _token;
    private bool _disposed;

    public EtcdConnection(EtcdSourceOptions options)
    {
        _options = options;
    }

    /// <summary>The endpoint in use, for messages (endpoints never carry credentials).</summary>
    public Uri Endpoint => _options.Endpoints[_endpoint];

    /// <summary>The KV client of the current channel.</summary>
    public KV.KVClient Kv => new(Channel);

    /// <summary>The Watch client of the current channel.</summary>
    public Watch.WatchClient Watcher => new(Channel);

    private GrpcChannel Channel
    {
        get
        {
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                return _channel ??= Create(_options.Endpoints[_endpoint]);
            }
        }
    }

    /// <summary>Drops the channel (and the token) and moves to the next endpoint.</summary>
    public void NextEndpoint()
    {
        lock (_gate)
        {
            _channel?.Dispose();
            _channel = null;
            _token = null;
            _endpoint = (_endpoint + 1) % _options.Endpoints.Count;
        }
    }

    /// <summary>Forgets the auth token, so the next call authenticates again (it expired or was revoked).</summary>
    public void InvalidateToken()
    {
        lock (_gate)
        {
            _token = null;
        }
    }

    /// <summary>The headers of a call: the auth token when the options name a user.</summary>
    public async Task<Metadata?> HeadersAsync(CancellationToken cancellationToken)
    {
        if (_options.Username is null)
        {
            return null;
        }

        string? token;
        lock (_gate)
        {
            token = _token;
        }

        if (token is null)
        {
            var auth = new Auth.AuthClient(Channel);
            var response = await auth.AuthenticateAsync(
                new AuthenticateRequest { Name = _options.Username, Password = _options.Password },
                deadline: Deadline(),
                cancellationToken: cancellationToken).ConfigureAwait(false);
            token = response.Token;
            lock (_gate)
            {
                _token = token;
            }
        }

        return new Metadata { { "token", token } };
    }

    /// <summary>The deadline of one request.</summary>
    public DateTime Deadline() => DateTime.UtcNow + _options.RequestTimeout;

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _channel?.Dispose();
            _channel = null;
        }
    }

    private GrpcChannel Create(Uri endpoint)
    {
        var handler = new SocketsHttpHandler
        {
            // Pings on an idle stream too: a stopped member otherwise looks like a quiet one for ever (etcd#8980).
            KeepAlivePingDelay = _options.KeepAliveInterval,
            KeepAlivePingTimeout = _options.KeepAliveTimeout,
            KeepAlivePingPolicy = HttpKeepAlivePingPolicy.Always,
            ConnectTimeout = _options.RequestTimeout,
            EnableMultipleHttp2Connections = true,
        };

        if (_options.ClientCertificate is { } clientCertificate)
        {
            handler.SslOptions.ClientCertificates = [clientCertificate];
        }

        if (_options.CaCertificate is { } ca)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                ValidateAgainst(ca, certificate, errors);
        }

        return GrpcChannel.ForAddress(endpoint, new GrpcChannelOptions
        {
            HttpHandler = handler,
            DisposeHttpClient = true,
            MaxReceiveMessageSize = 64 * 1024 * 1024,
        });
    }

    private static bool ValidateAgainst(X509Certificate2 ca, X509Certificate? certificate, SslPolicyErrors errors)
    {
        if (certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var leaf = new X509Certificate2(certificate);
        return chain.Build(leaf);
    }
}
