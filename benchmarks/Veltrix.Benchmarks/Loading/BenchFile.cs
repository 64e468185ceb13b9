namespace Veltrix.Benchmarks.Loading;

/// <summary>
/// The shape of a benchmark JSON file, <c>{ "Bench": { ... } }</c>, for System.Text.Json, which binds a whole
/// document rather than a section of it.
/// </summary>
/// <typeparam name="T">The schema bound under <c>Bench</c>.</typeparam>
public sealed class BenchFile<T>
    where T : class, new()
{
    /// <summary>The <c>Bench</c> section.</summary>
    public T Bench { get; init; } = new();
}
