namespace Veltrix.Etcd;

/// <summary>One key's value and the revision that last wrote it.</summary>
/// <param name="Value">The value, decoded as UTF-8.</param>
/// <param name="ModRevision">The revision of the last put.</param>
internal readonly record struct EtcdEntry(string Value, long ModRevision);
