namespace Veltrix;

/// <summary>
/// What a <see cref="TimeoutAttribute"/> bounds. Declaring it lets the analyzers check that the section's
/// <see cref="RetryCountAttribute"/> retries fit in the overall timeout (VLX2006).
/// </summary>
public enum TimeoutScope
{
    /// <summary>Not declared: the timeout takes part in no cross-member rule.</summary>
    Unspecified = 0,

    /// <summary>One attempt of an operation that the section's <c>[RetryCount]</c> member retries.</summary>
    PerAttempt = 1,

    /// <summary>The whole operation, every attempt and the waits between them included.</summary>
    Overall = 2,
}
