namespace Veltrix.Etcd;

/// <summary>
/// What the source does when the schema hash stored at <c>&lt;prefix&gt;/.veltrix/schema</c> (written by
/// <see cref="EtcdConfigPublisher"/>) differs from the compiled schema's hash.
/// </summary>
public enum EtcdSchemaCheck
{
    /// <summary>The stored hash is not read.</summary>
    Ignore,

    /// <summary>A mismatch marks the source <see cref="ConfigSourceStatus.Degraded"/> with both hashes; values still load.</summary>
    Report,

    /// <summary>A mismatch fails the load with a <c>SchemaMismatch</c> error; the last good snapshot keeps serving.</summary>
    Reject,
}
