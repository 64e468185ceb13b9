namespace Veltrix.Etcd;

/// <summary>How the values under an etcd prefix are read.</summary>
public enum EtcdValueFormat
{
    /// <summary>Each key holds one scalar value: <c>/app/Server/Port</c> = <c>8080</c>.</summary>
    Scalar,

    /// <summary>
    /// Each key holds a JSON document merged at that key's path: <c>/app/Server</c> = <c>{"Port": 8080}</c>.
    /// A syntax error is reported with the etcd key, revision, line and column.
    /// </summary>
    Json,
}
