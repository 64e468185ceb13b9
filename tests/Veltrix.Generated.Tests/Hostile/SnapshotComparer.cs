namespace Veltrix.Tests.Hostile;

/// <summary>Compares snapshots with the generated diff, which visits every key, secrets included.</summary>
public static class SnapshotComparer
{
    /// <summary>The keys whose values differ; empty when the snapshots are equal.</summary>
    public static IReadOnlyList<string> Differences<T>(T a, T b)
        where T : class, IVeltrixConfig<T>
    {
        var changes = new ChangeSetBuilder();
        T.Diff(a, b, changes);
        return changes.ToList();
    }
}
