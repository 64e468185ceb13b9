using BenchmarkDotNet.Attributes;

namespace Veltrix.Benchmarks.Reload;

/// <summary>
/// Time and bytes allocated per reload of an in-memory source: Veltrix <c>LiveConfig&lt;T&gt;.Reload()</c> against
/// Microsoft.Extensions.Configuration <c>IConfigurationRoot.Reload()</c> with an <c>IOptionsMonitor&lt;T&gt;</c> bound to it,
/// when nothing changed and when one key changed (alternately to and from its default on each call).
/// </summary>
/// <remarks>
/// Both sources hand over the same prebuilt strings, so no JSON is parsed: what is measured is the merge, bind,
/// diff and notification of each system. For MEC, <c>Reload()</c> raises the root's change token, on which
/// <c>OptionsMonitor</c> removes its cached instance and binds a new one at once (its <c>InvokeChanged</c>);
/// the <c>CurrentValue</c> read that follows returns that instance. MEC has no diff, so it rebinds and calls its
/// listeners whether or not anything changed.
/// </remarks>
[MemoryDiagnoser]
public class ReloadAllocationBenchmarks
{
    private ReloadTargets _targets = null!;

    /// <summary>The number of value keys in the schema.</summary>
    [Params(40, 1_000, 10_000)]
    public int Keys { get; set; }

    /// <summary>Builds both configurations of the schema and checks that each reload does what it says.</summary>
    [GlobalSetup]
    public void Setup() => _targets = ReloadTargets.Create(Keys);

    /// <summary>Disposes both configurations.</summary>
    [GlobalCleanup]
    public void Cleanup() => _targets.Dispose();

    /// <summary>Veltrix, nothing changed: load, bind, diff; nothing published.</summary>
    [Benchmark(Description = "Veltrix Reload(), nothing changed")]
    public ReloadResult VeltrixUnchanged() => _targets.VeltrixReload(change: false);

    /// <summary>Veltrix, one key changed: load, bind, diff, publish, raise <c>Changed</c>.</summary>
    [Benchmark(Description = "Veltrix Reload(), one key changed")]
    public ReloadResult VeltrixOneKeyChanged() => _targets.VeltrixReload(change: true);

    /// <summary>MEC, nothing changed: reload, rebind, notify.</summary>
    [Benchmark(Description = "MEC Reload() + IOptionsMonitor rebind, nothing changed")]
    public object OptionsMonitorUnchanged() => _targets.OptionsMonitorReload(change: false);

    /// <summary>MEC, one key changed: reload, rebind, notify.</summary>
    [Benchmark(Description = "MEC Reload() + IOptionsMonitor rebind, one key changed")]
    public object OptionsMonitorOneKeyChanged() => _targets.OptionsMonitorReload(change: true);
}
