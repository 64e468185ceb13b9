using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Grpc.Core;
using Veltrix.Etcd;

namespace Veltrix.Sample;

/// <summary>
/// <c>publish-etcd &lt;file&gt; --endpoints http://127.0.0.1:2379[,…] --prefix /orders [--user name]</c>: validates the
/// file against the compiled <see cref="ServerConfig"/> schema and only then writes its keys to etcd in one transaction.
/// The password is read from <c>ETCD_PASSWORD</c>, never from the command line, where <c>ps</c> would show it.
/// </summary>
internal static class EtcdPublishCommand
{
    public const string Verb = "publish-etcd";

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        string? file = null;
        string? prefix = null;
        string? user = null;
        var endpoints = new List<Uri>();
        for (var i = 1; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--endpoints" when value is not null:
                    foreach (var endpoint in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        endpoints.Add(new Uri(endpoint));
                    }

                    i++;
                    break;
                case "--prefix" when value is not null:
                    prefix = value;
                    i++;
                    break;
                case "--user" when value is not null:
                    user = value;
                    i++;
                    break;
                default:
                    if (file is null && !args[i].StartsWith("--", StringComparison.Ordinal))
                    {
                        file = args[i];
                        break;
                    }

                    return Usage($"unexpected argument '{args[i]}'");
            }
        }

        if (file is null || prefix is null || endpoints.Count == 0)
        {
            return Usage("a file, --endpoints and --prefix are required");
        }

        var options = new EtcdSourceOptions
        {
            Endpoints = endpoints,
            Prefix = prefix,
            Username = user,
            Password = user is null ? null : Environment.GetEnvironmentVariable("ETCD_PASSWORD") ?? string.Empty,
        };

        try
        {
            var result = await EtcdConfigPublisher.PublishAsync<ServerConfig>(file, options).ConfigureAwait(false);
            Console.WriteLine(result.Unchanged
                ? $"{options}: already up to date at revision {result.Revision}"
                : $"{options}: revision {result.Revision}, {result.Written.Count} key(s) written, {result.Deleted.Count} deleted");
            return 0;
        }
        catch (ConfigException ex)
        {
            // The file never reached etcd: list every problem, with file, line and key.
            Console.Error.WriteLine($"{file} is not valid for ServerConfig; nothing was published:{Environment.NewLine}{ex.Message}");
            return 1;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or RpcException)
        {
            Console.Error.WriteLine($"publish failed, nothing was written: {ex.Message}");
            return 2;
        }
    }

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"{Verb}: {problem}");
        Console.Error.WriteLine($"usage: {Verb} <file.json> --endpoints http://127.0.0.1:2379[,...] --prefix /orders [--user name]  (password in ETCD_PASSWORD)");
        return 64;
    }
}
