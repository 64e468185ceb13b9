using System;
using System.Collections.Generic;
using System.Security.Cryptography.X509Certificates;

namespace Veltrix.Etcd;

/// <summary>How an etcd source or publisher connects: endpoints, prefix, credentials, TLS, keepalive and backoff.</summary>
/// <remarks>
/// <see cref="Password"/> and the private key of <see cref="ClientCertificate"/> are handed to the client and never
/// printed: not by <see cref="ToString"/>, nor in a source name, a health message or an exception.
/// </remarks>
/// <example>
/// <code>builder.AddEtcd([endpoint], "/orders", o =&gt; o with { Username = "orders", Password = secret })</code>
/// </example>
public sealed record EtcdSourceOptions
{
    /// <summary>The client URLs of the cluster members, such as <c>http://127.0.0.1:2379</c>; tried in order.</summary>
    /// <remarks>Use <c>https://</c> for TLS. User information in a URL is rejected: pass it as <see cref="Username"/>.</remarks>
    public IReadOnlyList<Uri> Endpoints { get; init; } = [];

    /// <summary>The key prefix, such as <c>/app</c>; <c>/app/Server/Port</c> maps to <c>Server:Port</c>.</summary>
    public string Prefix { get; init; } = "/";

    /// <summary>The etcd user for role-based access; null when the cluster has auth disabled.</summary>
    public string? Username { get; init; }

    /// <summary>The etcd user's password. Never printed.</summary>
    public string? Password { get; init; }

    /// <summary>A CA certificate to trust for the members' TLS certificates; null uses the system store.</summary>
    public X509Certificate2? CaCertificate { get; init; }

    /// <summary>A client certificate, with its private key, for clusters that require mutual TLS.</summary>
    public X509Certificate2? ClientCertificate { get; init; }

    /// <summary>How values are read: one scalar per key (default), or one JSON document per key.</summary>
    public EtcdValueFormat ValueFormat { get; init; } = EtcdValueFormat.Scalar;

    /// <summary>What to do when the schema hash stored under the prefix differs from the compiled one.</summary>
    public EtcdSchemaCheck SchemaCheck { get; init; } = EtcdSchemaCheck.Report;

    /// <summary>The HTTP/2 keepalive ping interval on an idle connection. Default 5 s.</summary>
    public TimeSpan KeepAliveInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a keepalive ping may go unanswered before the connection counts as lost. Default 5 s.</summary>
    public TimeSpan KeepAliveTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The deadline of one read (a page of the range read) or write. Default 5 s.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The first reconnect delay after a lost connection; doubled per failure up to <see cref="MaxReconnectDelay"/>. Default 100 ms.</summary>
    public TimeSpan MinReconnectDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The longest reconnect delay. Default 5 s.</summary>
    public TimeSpan MaxReconnectDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How many keys one page of a range read holds; every page is read at the same revision. Default 1,000.</summary>
    public int PageSize { get; init; } = 1000;

    /// <summary>Checks the options; called by every entry point.</summary>
    /// <exception cref="ArgumentException">An option is missing or out of range.</exception>
    public void Validate()
    {
        if (Endpoints is null || Endpoints.Count == 0)
        {
            throw new ArgumentException("At least one etcd endpoint is required.", nameof(Endpoints));
        }

        foreach (var endpoint in Endpoints)
        {
            if (endpoint is null || !endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps))
            {
                throw new ArgumentException("Each etcd endpoint must be an absolute http:// or https:// URL.", nameof(Endpoints));
            }

            if (endpoint.UserInfo.Length > 0)
            {
                // The URL ends up in names and messages; credentials in it would be printed.
                throw new ArgumentException("An etcd endpoint must not carry credentials; set Username and Password instead.", nameof(Endpoints));
            }
        }

        if (string.IsNullOrEmpty(Prefix) || Prefix[0] != '/')
        {
            throw new ArgumentException("The prefix must start with '/', such as /app.", nameof(Prefix));
        }

        if ((Username is null) != (Password is null))
        {
            throw new ArgumentException("Set both Username and Password, or neither.", nameof(Username));
        }

        if (KeepAliveInterval <= TimeSpan.Zero || KeepAliveTimeout <= TimeSpan.Zero || RequestTimeout <= TimeSpan.Zero
            || MinReconnectDelay <= TimeSpan.Zero || MaxReconnectDelay < MinReconnectDelay)
        {
            throw new ArgumentException("Intervals must be positive and MaxReconnectDelay at least MinReconnectDelay.", nameof(KeepAliveInterval));
        }

        if (PageSize < 1)
        {
            throw new ArgumentException("PageSize must be at least 1.", nameof(PageSize));
        }
    }

    /// <summary>The prefix with exactly one trailing <c>/</c>, as keys are matched.</summary>
    internal string NormalizedPrefix => Prefix.EndsWith('/') ? Prefix : Prefix + "/";

    /// <summary>Describes the endpoints, prefix and whether credentials are set; never the credentials.</summary>
    public override string ToString()
        => $"etcd {NormalizedPrefix} at {string.Join(",", Endpoints)}{(Username is null ? string.Empty : " (auth)")}{(ClientCertificate is null ? string.Empty : " (client certificate)")}";
}
