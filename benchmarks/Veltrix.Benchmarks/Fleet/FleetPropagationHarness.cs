using System.Diagnostics;
using System.Globalization;
using System.Text;
using Etcdserverpb;
using Google.Protobuf;
using Grpc.Net.Client;
using Veltrix.Etcd;

namespace Veltrix.Benchmarks.Fleet;

/// <summary>
/// Fleet propagation on loopback: N configurations in one process watch one etcd prefix (each with its own
/// connection, as N processes would), and each round times a put until the last of them raised <c>Changed</c>.
/// The same rounds run against sources that poll the prefix on a timer, the usual alternative to a watch.
/// </summary>
internal static class FleetPropagationHarness
{
    private const string Usage = "usage: fleet [--endpoints http://127.0.0.1:2379] [--watchers 10,50,100] [--rounds 30] [--poll-ms 1000,5000|none] [--poll-rounds 10]";

    public static int Run(string[] args)
    {
        Uri? endpoint = null;
        int[] watchers = [10, 50, 100];
        int[] polls = [1000, 5000];
        var rounds = 30;
        var pollRounds = 10;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--endpoints": endpoint = new Uri(args[i + 1]); break;
                case "--watchers": watchers = Ints(args[i + 1]); break;
                case "--poll-ms": polls = Ints(args[i + 1]); break;
                case "--rounds": rounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--poll-rounds": pollRounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: Console.Error.WriteLine(Usage); return 2;
            }
        }

        using var local = endpoint is null ? new LocalEtcd() : null;
        endpoint ??= local!.Url;
        using var channel = GrpcChannel.ForAddress(endpoint);
        var kv = new KV.KVClient(channel);
        var output = new StringBuilder();
        output.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Fleet propagation, put → last watcher's Changed, loopback etcd, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}"));
        output.AppendLine("| source | watchers | rounds | median | p99 | max |");
        output.AppendLine("|---|---:|---:|---:|---:|---:|");
        var round = 0;
        foreach (var n in watchers)
        {
            var prefix = string.Create(CultureInfo.InvariantCulture, $"/bench/watch{n}");
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"watch, {n} watchers, {rounds} rounds"));
            output.AppendLine(Row("etcd watch", n, Measure(kv, prefix, n, rounds, ref round, p => new EtcdConfigSource(new EtcdSourceOptions { Endpoints = [endpoint], Prefix = p }))));
        }

        foreach (var ms in polls)
        {
            foreach (var n in watchers)
            {
                var prefix = string.Create(CultureInfo.InvariantCulture, $"/bench/poll{ms}-{n}");
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"poll every {ms} ms, {n} watchers, {pollRounds} rounds"));
                output.AppendLine(Row(string.Create(CultureInfo.InvariantCulture, $"poll every {ms / 1000.0:0.#} s"), n,
                    Measure(kv, prefix, n, pollRounds, ref round, p => new PollingEtcdSource(endpoint, p, TimeSpan.FromMilliseconds(ms)))));
            }
        }

        Console.Out.Write(output);
        return 0;
    }

    private static double[] Measure(KV.KVClient kv, string prefix, int count, int rounds, ref int round, Func<string, IConfigSource> source)
    {
        var key = ByteString.CopyFromUtf8(prefix + "/Fleet/Value");
        kv.Put(new PutRequest { Key = key, Value = ByteString.CopyFromUtf8("0") });
        var configs = new LiveConfig<FleetConfig>[count];
        var arrived = new long[count];
        var expected = 0;
        using var done = new CountdownEvent(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                var index = i;
                configs[i] = VeltrixConfiguration.CreateBuilder<FleetConfig>().AddSource(source(prefix)).Build();
                configs[i].Changed += (_, e) =>
                {
                    if (e.Current.Value == Volatile.Read(ref expected))
                    {
                        Volatile.Write(ref arrived[index], Stopwatch.GetTimestamp());
                        done.Signal();
                    }
                };
            }

            // One untimed round so that every connection, watch and JIT path is warm.
            var latencies = new List<double>();
            for (var r = -1; r < rounds; r++)
            {
                var value = ++round;
                done.Reset(count);
                Volatile.Write(ref expected, value);
                var started = Stopwatch.GetTimestamp();
                kv.Put(new PutRequest { Key = key, Value = ByteString.CopyFromUtf8(value.ToString(CultureInfo.InvariantCulture)) });
                if (!done.Wait(TimeSpan.FromSeconds(30)))
                {
                    throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"{done.CurrentCount} of {count} watchers missed round {value}."));
                }

                if (r >= 0)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(started, arrived.Max()).TotalMilliseconds);
                }

                // A pause between rounds keeps them independent, and lets the polling phase drift.
                Thread.Sleep(50 + Random.Shared.Next(100));
            }

            return [.. latencies.Order()];
        }
        finally
        {
            foreach (var config in configs)
            {
                config?.Dispose();
            }
        }
    }

    private static string Row(string name, int watchers, double[] sorted)
        => string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {watchers} | {sorted.Length} | {At(sorted, 0.5):0.0} ms | {At(sorted, 0.99):0.0} ms | {sorted[^1]:0.0} ms |");

    private static double At(double[] sorted, double quantile)
        => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];

    private static int[] Ints(string list)
        => list == "none" ? [] : [.. list.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))];
}
