namespace Veltrix.Compatibility.Tests.Infrastructure;

/// <summary>How the two binders disagree on one input.</summary>
public enum FindingKind
{
    /// <summary>Both bound, and the values at one key path differ.</summary>
    Difference,

    /// <summary>ConfigurationBinder binds the input; Veltrix throws <see cref="ConfigException"/>.</summary>
    ValidFileRejected,

    /// <summary>ConfigurationBinder rejects the input; Veltrix binds it.</summary>
    AcceptedWhereBinderRejects,

    /// <summary>Veltrix throws something other than <see cref="ConfigException"/>.</summary>
    Crash,
}
