namespace Veltrix.Analyzers.Rules;

/// <summary>Mirrors <c>Veltrix.CacheExpiration</c>: how a <c>[CacheTtl]</c> is measured (same names and values).</summary>
internal enum CacheExpirationKind
{
    /// <summary>A fixed time after the entry was written.</summary>
    Absolute = 0,

    /// <summary>A fixed time after the entry was last read.</summary>
    Sliding = 1,
}
