using static System.FormattableString;
using Veltrix.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Veltrix.Tests.Live;

/// <summary>
/// Plan R1 and R2: a reload storm on 50 keys that all carry the generation number, one reloader and four readers,
/// bounded by <c>VELTRIX_STRESS_SECONDS</c> (default 10 s each).
/// </summary>
[Collection(SerialTests.Name)]
public sealed class ReloadStormTests(ITestOutputHelper output)
{
    [Fact]
    public void ReloadStorm_FourReaders_NoTornSnapshotAndNoException()
    {
        var storm = ReloadStorm.Run(ReloadStorm.ConfiguredDuration);

        var torn = storm.Readers.Sum(r => r.Torn);
        var seconds = storm.Elapsed.TotalSeconds;
        ReliabilityFigures.Report(output, "R1",
            Invariant($"{storm.Reloads:N0} reloads in {seconds:F1} s ({storm.Reloads / seconds:N0} reloads/s; plan asks ≥ 1,000,000), ") +
            Invariant($"{storm.Reads:N0} reads by {ReloadStorm.ReaderCount} readers ({storm.Reads / seconds:N0} reads/s), ") +
            Invariant($"{torn} torn snapshots, {storm.EventTornSnapshots} torn event snapshots, {storm.Exceptions.Count} exceptions; ") +
            storm.ReloadTimeFigure());

        Assert.Empty(storm.Exceptions);
        Assert.True(storm.Reloads > 0, "the reloader ran");
        Assert.All(storm.Readers, r => Assert.True(r.Reads > 0, "every reader read"));
        Assert.Equal(0L, torn);
        Assert.Equal(0L, storm.EventTornSnapshots);
        Assert.Equal(0L, storm.UnexpectedResults);
        Assert.Equal(storm.Reloads, storm.FinalValue);
        Assert.Equal(storm.Reloads + 1L, storm.FinalGeneration);
    }

    [Fact]
    public void ReloadStorm_ReadersAndSubscriber_GenerationsNeverGoBackAndEveryChangeIsNotifiedOnceInOrder()
    {
        var storm = ReloadStorm.Run(ReloadStorm.ConfiguredDuration);

        var events = storm.EventGenerations;
        var decreases = storm.Readers.Sum(r => r.GenerationDecreases);
        var snapshotDecreases = storm.Readers.Sum(r => r.SnapshotDecreases);
        var olderThanGeneration = storm.Readers.Sum(r => r.SnapshotOlderThanGeneration);
        var generationBehind = storm.Readers.Sum(r => r.GenerationBehindSnapshot);
        var outOfOrder = 0;
        var duplicates = 0;
        for (var i = 1; i < events.Count; i++)
        {
            if (events[i] == events[i - 1])
            {
                duplicates++;
            }
            else if (events[i] < events[i - 1])
            {
                outOfOrder++;
            }
        }

        // Every reload changed all keys, so every generation from 2 to the final one was published; none may be
        // missing from the events (this runtime never coalesces an explicit Reload()).
        var published = storm.FinalGeneration - 1;
        var notified = new HashSet<long>(events);
        var missing = 0L;
        for (var generation = 2L; generation <= storm.FinalGeneration; generation++)
        {
            missing += notified.Contains(generation) ? 0 : 1;
        }

        ReliabilityFigures.Report(output, "R2",
            Invariant($"{storm.Reloads:N0} reloads, {storm.Reads:N0} reads: per reader {decreases} Generation decreases and {snapshotDecreases} snapshot decreases; ") +
            Invariant($"{olderThanGeneration} snapshots older than a Generation read before them; {generationBehind} reads of Generation behind the snapshot read just before; ") +
            Invariant($"subscriber got {events.Count:N0} events for {published:N0} published generations: {outOfOrder} out of order, {duplicates} duplicates, ") +
            Invariant($"{missing} missing (coalesced: none, an explicit Reload() always notifies); {storm.EventPairMismatches} events whose Current/Previous did not match their Generation; ") +
            Invariant($"OnChange(\"Storm:K07\") ran {storm.KeyPathNotifications:N0} times"));

        Assert.Empty(storm.Exceptions);
        Assert.True(storm.Reloads > 0, "the reloader ran");
        Assert.Equal(0L, decreases);
        Assert.Equal(0L, snapshotDecreases);
        Assert.Equal(0L, olderThanGeneration);
        Assert.Equal(0L, generationBehind);
        Assert.Equal(0L, outOfOrder);
        Assert.Equal(0L, duplicates);
        Assert.Equal(0L, missing);
        Assert.Equal(published, events.Count);
        Assert.Equal(0L, storm.EventPairMismatches);
        Assert.Equal(published, storm.KeyPathNotifications);
    }
}
