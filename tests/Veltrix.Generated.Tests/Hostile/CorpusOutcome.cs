using System.Diagnostics;

namespace Veltrix.Tests.Hostile;

/// <summary>What loading one input did: accepted, rejected with a <see cref="ConfigException"/>, crashed, or hung.</summary>
public sealed record CorpusOutcome(string Name, bool Accepted, ConfigException? Rejection, Exception? Crash, bool Hung)
{
    /// <summary>Whether the rejection says the root must be an object.</summary>
    public bool RootNotObject => Rejection is { } ex && ex.Errors.Any(static e => e.Message.Contains("must be a JSON object", StringComparison.Ordinal));

    /// <summary>
    /// Runs <paramref name="load"/> on a worker thread; it hangs when it takes longer than <paramref name="timeout"/>
    /// twice in a row, timed from when the thread starts it (the machine is shared: a busy thread pool may start a
    /// task late, and one slow run may be the scheduler, but a pathological input is slow every time).
    /// </summary>
    /// <remarks>A load that never ends keeps its thread; after 30 timeouts the test reports it and goes on.</remarks>
    public static CorpusOutcome Run(string name, TimeSpan timeout, Action load)
    {
        var outcome = RunOnce(name, timeout, load);
        return outcome.Hung ? RunOnce(name, timeout, load) : outcome;
    }

    private static CorpusOutcome RunOnce(string name, TimeSpan timeout, Action load)
    {
        var task = Task.Run(() =>
        {
            var started = Stopwatch.GetTimestamp();
            CorpusOutcome outcome;
            try
            {
                load();
                outcome = new CorpusOutcome(name, true, null, null, false);
            }
            catch (ConfigException ex)
            {
                outcome = new CorpusOutcome(name, false, ex, null, false);
            }
            catch (Exception ex)
            {
                outcome = new CorpusOutcome(name, false, null, ex, false);
            }

            return Stopwatch.GetElapsedTime(started) > timeout ? outcome with { Hung = true } : outcome;
        });

        return task.Wait(timeout * 30) ? task.Result : new CorpusOutcome(name, false, null, null, true);
    }

    public override string ToString() => Hung
        ? $"{Name}: hung"
        : Crash is not null
            ? $"{Name}: crashed with {Crash.GetType().Name}: {Crash.Message}"
            : Accepted ? $"{Name}: accepted" : $"{Name}: rejected: {Rejection!.Message}";
}
