using Microsoft.CodeAnalysis;

namespace Veltrix.Analyzers.Diagnostics;

/// <content>The <c>VLX3xxx</c> descriptors.</content>
internal static partial class DiagnosticDescriptors
{
    /// <summary><see cref="DiagnosticIds.CurrentReadMoreThanOnce"/>.</summary>
    public static readonly DiagnosticDescriptor CurrentReadMoreThanOnce = Create(
        DiagnosticIds.CurrentReadMoreThanOnce,
        UsageCategory,
        "Current is read more than once in one method",
        "'{0}' is read {1} in '{2}'; read it once into a local so that every use sees the same snapshot",
        DiagnosticSeverity.Info,
        "Each read of LiveConfig<T>.Current can return a different generation when a reload lands in between, so two "
        + "reads in one unit of work can combine values from two configurations (a new cache size with an old TTL). "
        + "A read inside a loop is many reads. Take Current once into a local and use that.");

    /// <summary><see cref="DiagnosticIds.SnapshotStoredInField"/>.</summary>
    public static readonly DiagnosticDescriptor SnapshotStoredInField = Create(
        DiagnosticIds.SnapshotStoredInField,
        UsageCategory,
        "A value from Current is stored in a field",
        "'{0}' stores a value read from '{1}'; it will never see a reload, read Current where the value is used instead",
        DiagnosticSeverity.Info,
        "A snapshot, a section of it or a value copied out of it, kept in a static field or in a field or property of a "
        + "long-lived object, is frozen at the generation it was read from: hot reload publishes new snapshots nobody "
        + "reads. Keep the LiveConfig<T> and read Current when the value is needed, or subscribe with OnChange.");

    /// <summary><see cref="DiagnosticIds.SchemaMemberHasSetter"/>.</summary>
    public static readonly DiagnosticDescriptor SchemaMemberHasSetter = Create(
        DiagnosticIds.SchemaMemberHasSetter,
        UsageCategory,
        "Schema member has a set accessor",
        "'{0}' has a set accessor; use init so that a published snapshot cannot change",
        DiagnosticSeverity.Info,
        "Snapshots are shared by every reader and compared key by key on reload. A settable member lets one reader change "
        + "a value every other reader sees, without validation, without a change event, and without the change being "
        + "in the next diff. Declare configuration members with init.");

    /// <summary><see cref="DiagnosticIds.SchemaMemberHasMutableCollection"/>.</summary>
    public static readonly DiagnosticDescriptor SchemaMemberHasMutableCollection = Create(
        DiagnosticIds.SchemaMemberHasMutableCollection,
        UsageCategory,
        "Schema member has a mutable collection type",
        "'{0}' is a mutable {1}; declare it as {2} so that a published snapshot cannot change",
        DiagnosticSeverity.Info,
        "A List<T>, array, dictionary or set in a snapshot can be changed by any reader: the change is seen by every "
        + "other reader, is never validated, raises no change event, and races with readers enumerating it. Declare "
        + "collections as IReadOnlyList<T> or IReadOnlyDictionary<string, T>.");

    /// <summary><see cref="DiagnosticIds.ConfigurationKeyCoveredBySchema"/>.</summary>
    public static readonly DiagnosticDescriptor ConfigurationKeyCoveredBySchema = Create(
        DiagnosticIds.ConfigurationKeyCoveredBySchema,
        UsageCategory,
        "String-keyed read of a key a Veltrix schema binds",
        "'{0}' is bound by '{1}'; read the typed member '{2}' instead of the string key",
        DiagnosticSeverity.Info,
        "Reading a key through IConfiguration[\"…\"] bypasses the typed, validated snapshot: the raw string is parsed "
        + "again at every read, a typo in the key returns null instead of failing the build, and the value can "
        + "disagree with the snapshot Veltrix validated and published. Read the typed member of the schema.");

    /// <summary><see cref="DiagnosticIds.RoleAttributeSuggested"/>.</summary>
    public static readonly DiagnosticDescriptor RoleAttributeSuggested = Create(
        DiagnosticIds.RoleAttributeSuggested,
        UsageCategory,
        "Schema member looks like a cache, timeout or concurrency setting but has no role attribute",
        "'{0}' looks like a {1} setting; add [{2}] so that the cache, timeout and concurrency rules check its value",
        DiagnosticSeverity.Info,
        "The rules that catch an unbounded cache, an infinite timeout or an oversized pool find settings by their role "
        + "attribute. A member whose name says what it is but that carries no role attribute is not checked at all. "
        + "Adding the attribute gives existing configurations that coverage.");
}
