using System.Collections.Concurrent;
using System.Globalization;
using Veltrix.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Veltrix.Tests.Live;

/// <summary>
/// Watch-triggered reloads run on the thread pool, where an escaping exception would crash the process or surface
/// as an unobserved task exception. A burst of failing reloads, with handlers that throw too, must produce neither.
/// </summary>
[Collection(SerialTests.Name)]
public sealed class BackgroundReloadSafetyTests(ITestOutputHelper output)
{
    [Fact]
    public void RequestedReloads_BurstOfFailuresAndThrowingHandlers_NothingEscapesToThePool()
    {
        var unobserved = new ConcurrentQueue<Exception>();
        var unhandled = new ConcurrentQueue<object>();
        void OnUnobserved(object? sender, UnobservedTaskExceptionEventArgs e) => unobserved.Enqueue(e.Exception);
        void OnUnhandled(object? sender, UnhandledExceptionEventArgs e) => unhandled.Enqueue(e.ExceptionObject);
        TaskScheduler.UnobservedTaskException += OnUnobserved;
        AppDomain.CurrentDomain.UnhandledException += OnUnhandled;
        try
        {
            const int Rounds = 60;
            const int RequestsPerRound = 10;
            var bad = (string[])["abc", "70000", "0", "-1", "1e9"];
            var source = new ControlledWatchSource("watched").Set("Test:Port", "8080");
            using var config = VeltrixConfiguration.CreateBuilder<HandWrittenConfig>().AddSource(source).Build();
            using var events = new EventRecorder<HandWrittenConfig>(config);
            config.ReloadFailed += (_, _) => throw new InvalidOperationException("failure handler failed");
            config.Changed += (_, _) => throw new InvalidOperationException("change handler failed");
            config.HandlerFailed += (_, _) => throw new InvalidOperationException("handler-failure handler failed");
            using var subscription = config.OnChange("Test:Port", _ => throw new InvalidOperationException("subscription failed"));

            // Each background load, by its number, throws, reads a bad value (wrong type, out of range) or reads a
            // new good value (so that the next failure is news again), whatever the timing of the requests.
            var stop = false;
            source.BeforeLoad = (n, s) =>
            {
                if (Volatile.Read(ref stop))
                {
                    s.ThrowOnLoad = null;
                    s.Set("Test:Port", "4242");
                    return;
                }

                s.ThrowOnLoad = n % 3 == 0 ? new IOException($"disk error {n}") : null;
                s.Set("Test:Port", n % 3 == 2 ? (1000 + n).ToString(CultureInfo.InvariantCulture) : bad[n % bad.Length]);
            };

            // Bursts of requests; after each, wait for a reload that started after it, so that the pool runs many.
            for (var round = 0; round < Rounds; round++)
            {
                var loads = source.Loads;
                for (var i = 0; i < RequestsPerRound; i++)
                {
                    source.Context.RequestReload();
                }

                Assert.True(events.WaitFor(() => source.Loads > loads), "a requested reload ran");
            }

            Volatile.Write(ref stop, true);
            source.Context.RequestReload();
            Assert.True(events.WaitFor(() => config.Current.Port == 4242), "the final good value was applied");

            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();

            var handlerFailures = events.HandlerFailures;
            ReliabilityFigures.Report(output, "R8-pool", $"{Rounds * RequestsPerRound} requests in {Rounds} bursts while loads threw or held bad values: {source.Loads - 1} background reloads, {events.Failures.Count} rejected-reload events, {events.Changes.Count} changes, {handlerFailures.Count} handler failures reported; {unobserved.Count} unobserved task exceptions, {unhandled.Count} unhandled exceptions");
            Assert.Empty(unobserved);
            Assert.Empty(unhandled);
            Assert.NotEmpty(events.Failures);
            Assert.Contains(events.Failures, f => f.Exception.Errors.Any(e => e.Rule == "Source"));
            Assert.Contains(handlerFailures, f => f.Exception.Message == "failure handler failed");
            Assert.Contains(handlerFailures, f => f.Exception.Message == "change handler failed");
            Assert.Contains(handlerFailures, f => f.Exception.Message == "subscription failed");
            Assert.Null(config.LastError);
        }
        finally
        {
            TaskScheduler.UnobservedTaskException -= OnUnobserved;
            AppDomain.CurrentDomain.UnhandledException -= OnUnhandled;
        }
    }
}
