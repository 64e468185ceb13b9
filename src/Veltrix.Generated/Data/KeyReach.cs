namespace Veltrix;

/// <summary>Whose keys a source holds, which decides which of its unknown keys are worth a warning.</summary>
internal enum KeyReach
{
    /// <summary>
    /// Shared with other components of the app (a JSON file, in-memory keys, a custom source): keys outside the
    /// schema's section are theirs; at a schema bound to the root, a top-level key is reported only when it looks
    /// like a misspelling of one of the schema's.
    /// </summary>
    Shared = 0,

    /// <summary>
    /// Every variable of the process (an environment source without a prefix): at a schema bound to the root, its
    /// top-level keys (<c>PATH</c>, <c>HOME</c>) are never reported; nested ones (<c>Server__Prot</c>) are.
    /// </summary>
    Process,

    /// <summary>
    /// Written for this app (a command line, a prefixed environment): a key outside the schema's section that is one
    /// of the section's keys without the section prefix (<c>--Port</c> for <c>App:Port</c>) is reported too.
    /// </summary>
    Dedicated,
}
