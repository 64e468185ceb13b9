namespace Veltrix.Analyzers.Rules;

/// <summary>Mirrors <c>Veltrix.TimeoutScope</c>: what a <c>[Timeout]</c> bounds (same names and values).</summary>
internal enum TimeoutScopeKind
{
    /// <summary>Not declared: the retry budget rule (VLX2006) ignores the timeout.</summary>
    Unspecified = 0,

    /// <summary>One attempt of an operation that the section's <c>[RetryCount]</c> retries.</summary>
    PerAttempt = 1,

    /// <summary>The whole operation, every retry included.</summary>
    Overall = 2,
}
