namespace Veltrix.Tests.Hostile;

/// <summary>What loading one input did: accepted, rejected with a <see cref="ConfigException"/>, crashed, or hung.</summary>
public sealed record CorpusOutcome(string Name, bool Accepted, ConfigException? Rejection, Exception? Crash, bool Hung)
{
    /// <summary>Whether the rejection says the root must be an object.</summary>
    public bool RootNotObject => Rejection is { } ex && ex.Errors.Any(static e => e.Message.Contains("must be a JSON object", StringComparison.Ordinal));

    /// <summary>Runs <paramref name="load"/> on a worker thread, waiting at most <paramref name="timeout"/>.</summary>
    /// <remarks>A hung load keeps its thread; the test reports it and goes on, so that one hang cannot stall the run.</remarks>
    public static CorpusOutcome Run(string name, TimeSpan timeout, Action load)
    {
        var task = Task.Run(() =>
        {
            try
            {
                load();
                return new CorpusOutcome(name, true, null, null, false);
            }
            catch (ConfigException ex)
            {
                return new CorpusOutcome(name, false, ex, null, false);
            }
            catch (Exception ex)
            {
                return new CorpusOutcome(name, false, null, ex, false);
            }
        });

        return task.Wait(timeout) ? task.Result : new CorpusOutcome(name, false, null, null, true);
    }

    public override string ToString() => Hung
        ? $"{Name}: hung"
        : Crash is not null
            ? $"{Name}: crashed with {Crash.GetType().Name}: {Crash.Message}"
            : Accepted ? $"{Name}: accepted" : $"{Name}: rejected: {Rejection!.Message}";
}
