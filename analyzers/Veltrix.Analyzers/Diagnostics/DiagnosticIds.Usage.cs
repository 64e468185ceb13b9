namespace Veltrix.Analyzers.Diagnostics;

/// <content>The <c>VLX3xxx</c> IDs: how code reads snapshots, and schema members that defeat hot reload.</content>
internal static partial class DiagnosticIds
{
    /// <summary><c>LiveConfig&lt;T&gt;.Current</c> is read more than once (or in a loop) by one method.</summary>
    public const string CurrentReadMoreThanOnce = "VLX3001";

    /// <summary>A value taken from <c>Current</c> is stored in a static or instance field or property.</summary>
    public const string SnapshotStoredInField = "VLX3002";

    /// <summary>A schema member has a <c>set</c> accessor instead of <c>init</c>.</summary>
    public const string SchemaMemberHasSetter = "VLX3003";

    /// <summary>A schema member has a mutable collection type (<c>List&lt;T&gt;</c>, an array, a dictionary, a set).</summary>
    public const string SchemaMemberHasMutableCollection = "VLX3004";

    /// <summary>A string-keyed <c>IConfiguration</c> read of a key that a Veltrix schema binds.</summary>
    public const string ConfigurationKeyCoveredBySchema = "VLX3005";

    /// <summary>A schema member's name says what it sizes or bounds, but it carries no role attribute.</summary>
    public const string RoleAttributeSuggested = "VLX3006";
}
