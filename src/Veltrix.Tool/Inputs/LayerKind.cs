namespace Veltrix.Tool.Inputs;

/// <summary>What kind of source a configuration layer is, which decides how it is read.</summary>
internal enum LayerKind
{
    /// <summary>A JSON file (<c>appsettings*.json</c>, or any <c>*.json</c> named on the command line).</summary>
    Json,

    /// <summary>An environment file: <c>NAME=value</c> lines, <c>__</c> for <c>:</c> (docker <c>--env-file</c>, Kubernetes <c>envFrom</c>).</summary>
    EnvironmentFile,

    /// <summary>A key-per-file directory: each file's name is a key (<c>__</c> for <c>:</c>) and its content the value.</summary>
    KeyPerFile,
}
