namespace Veltrix.Extensions.Hosting.Tests.Infrastructure;

/// <summary>
/// A source with no keys that never changes and counts its loads: added after the sources under test, it tells a
/// reload that stopped at the questions (not loaded) from one that loaded everything and found nothing to publish.
/// </summary>
public sealed class LoadCountingSource : IVersionedConfigSource
{
    private int _loads;

    public string Name => "load counter";

    public int Loads => Volatile.Read(ref _loads);

    public void Load(ConfigDataBuilder builder)
    {
        Interlocked.Increment(ref _loads);
        builder.DeclareVersion(0);
    }

    public bool HasChangedSince(UInt128 version) => version != 0;
}
