namespace Veltrix.Benchmarks.Reload;

/// <summary>One change callback: when it ran and the value of the written key it saw.</summary>
/// <param name="Timestamp">A <see cref="System.Diagnostics.Stopwatch"/> timestamp taken as the callback began.</param>
/// <param name="Value">The value of the key the harness changes, as the new snapshot or options instance holds it.</param>
internal readonly record struct Callback(long Timestamp, int Value);
