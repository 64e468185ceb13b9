using System.Diagnostics;
using System.Globalization;
using Veltrix.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Veltrix.Tests.Hostile;

/// <summary>
/// R21: 100,000 and 200,000 flat keys load and bind, and the cost grows linearly. Times are measured and printed,
/// never asserted (the machine is shared); the allocation ratio, which does not depend on load, is asserted.
/// </summary>
[Collection(SerialTests.Name)]
public sealed class KeyScalingTests(ITestOutputHelper output) : IDisposable
{
    private readonly Binding.TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void FlatKeys_100kThen200k_LoadAndBindWithLinearCost()
    {
        var limits = new ConfigLimits { MaxKeys = 200_000 };
        // Warm-up at full size: tiered compilation optimizes the parser's and binder's loops only after they have run
        // a while, and a 100k time measured before that is a JIT figure, larger than the 200k one measured after it.
        Measure(1_000, limits);
        Measure(100_000, ConfigLimits.Default);
        var (time100, bytes100) = Measure(100_000, ConfigLimits.Default);
        var (time200, bytes200) = Measure(200_000, limits);

        var byteRatio = (double)bytes200 / bytes100;
        ReliabilityFigures.Report(output, "R21", string.Create(CultureInfo.InvariantCulture,
            $"flat keys load+bind (best of 3, measured under load): 100k {time100.TotalMilliseconds:0} ms, {bytes100 / 1048576.0:0.0} MiB; 200k {time200.TotalMilliseconds:0} ms, {bytes200 / 1048576.0:0.0} MiB; time ratio {time200 / time100:0.00}, allocation ratio {byteRatio:0.00}"));

        // Quadratic work would allocate about 4 times as much for twice the keys.
        Assert.InRange(byteRatio, 1.5, 2.5);
    }

    private (TimeSpan Best, long Allocated) Measure(int keys, ConfigLimits limits)
    {
        var path = _temp.Write($"keys-{keys}.json", string.Empty);
        File.WriteAllBytes(path, LimitsTests.FlatKeys(keys));
        var best = TimeSpan.MaxValue;
        long allocated = 0;
        for (var run = 0; run < 3; run++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var started = Stopwatch.GetTimestamp();
            using var config = VeltrixConfiguration.CreateBuilder<HostileConfig>().WithLimits(limits).AddJsonFile(path).Build();
            var elapsed = Stopwatch.GetElapsedTime(started);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.Equal(keys, config.Current.Weights.Count);
            best = elapsed < best ? elapsed : best;
        }

        return (best, allocated);
    }
}
