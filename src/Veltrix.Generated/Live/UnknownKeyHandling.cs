namespace Veltrix;

/// <summary>What a load does with a key under the schema's section that the schema does not have.</summary>
/// <remarks>
/// Keys outside the section belong to other components and are never reported, with two exceptions that are almost
/// surely mistakes: a command-line argument or prefixed environment variable that names one of the section's keys
/// without the section (<c>--Port</c> for <c>App:Port</c>), and, for a schema bound to the configuration root, a
/// top-level key one or two edits from one of its own.
/// </remarks>
public enum UnknownKeyHandling
{
    /// <summary>
    /// The default: the key is ignored, as Microsoft.Extensions.Configuration ignores it, and reported with the key it
    /// most likely meant in <see cref="LiveConfig{T}.UnknownKeys"/> and <see cref="LiveConfig{T}.UnknownKeysChanged"/>.
    /// </summary>
    Warn = 0,

    /// <summary>The key is ignored silently.</summary>
    Ignore,

    /// <summary>The key is an error: the load fails (a reload keeps the last good snapshot).</summary>
    Reject,
}
