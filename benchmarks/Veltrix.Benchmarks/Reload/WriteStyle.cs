namespace Veltrix.Benchmarks.Reload;

/// <summary>How the harness saves the watched file.</summary>
internal enum WriteStyle
{
    /// <summary><c>File.WriteAllText</c> on the file itself: truncate, then write, as most editors and scripts do.</summary>
    InPlace,

    /// <summary>Write a temporary file beside it, then rename it over the file: the reader never sees a partial file.</summary>
    TempRename,
}
