namespace Veltrix.Analyzers.ConfigSchema;

/// <summary>How a member's value is laid out in a configuration file.</summary>
internal enum SchemaTypeKind
{
    /// <summary>One value (<c>"Port": 8080</c>).</summary>
    Scalar,

    /// <summary>An object whose keys are the section type's members.</summary>
    Section,

    /// <summary>An array, or an object keyed <c>0</c>, <c>1</c>, …</summary>
    List,

    /// <summary>An object with any keys, case-insensitive.</summary>
    Dictionary,
}
