namespace Veltrix.Compatibility.Tests.Infrastructure;

/// <summary>What one binder made of one input: a bound object, a rejection, or an unexpected exception.</summary>
/// <param name="Value">The bound options object, when bound.</param>
/// <param name="Error">Why the input was rejected, when rejected.</param>
/// <param name="IsCrash">Whether the binder threw something other than its documented rejection.</param>
public sealed record BindOutcome(object? Value, string? Error, bool IsCrash)
{
    /// <summary>A bound object.</summary>
    public static BindOutcome Bound(object value) => new(value, null, false);

    /// <summary>A documented rejection (Veltrix's <see cref="ConfigException"/>, ConfigurationBinder's exceptions).</summary>
    public static BindOutcome Rejected(string error) => new(null, error, false);

    /// <summary>Any other exception.</summary>
    public static BindOutcome Crashed(string error) => new(null, error, true);
}
