namespace Veltrix.Benchmarks.Reload;

/// <summary>The configuration systems the reload harness compares.</summary>
internal enum ReloadSystem
{
    /// <summary>Veltrix <c>AddJsonFile(path, reloadOnChange: true)</c> with default <see cref="FileWatchOptions"/>, <c>Changed</c> event.</summary>
    Veltrix,

    /// <summary>
    /// Microsoft.Extensions.Configuration <c>AddJsonFile(path, reloadOnChange: true)</c> (default ReloadDelay, 250 ms),
    /// <c>services.Configure&lt;T&gt;(section)</c>, <c>IOptionsMonitor&lt;T&gt;.OnChange</c>.
    /// </summary>
    OptionsMonitor,
}
