namespace Veltrix;

/// <summary>How the sources of a list member combine; see <see cref="ListMergeAttribute"/>.</summary>
public enum ListMergeMode
{
    /// <summary>
    /// Index by index, as <c>ConfigurationBinder</c> merges: a later source that sets <c>Key:1</c> (a JSON array's
    /// second element, an environment variable, an argument) replaces that element's keys and keeps the others.
    /// </summary>
    ByIndex = 0,

    /// <summary>
    /// A source that states the whole list (a JSON array, in a file or an etcd value) replaces the elements of every
    /// earlier source; later sources that set single elements (<c>Key:0:Field</c>) still patch it index by index.
    /// </summary>
    Replace = 1,
}
