using System;

namespace Veltrix;

/// <summary>
/// Marks a <c>partial</c> class or record as the root of a configuration schema. The Veltrix generator
/// implements <see cref="IVeltrixConfig{TSelf}"/> for it: binding, validation, schema, diff and lookup.
/// </summary>
/// <remarks>
/// Properties whose type is a class or record are nested sections (<c>Section:Property:Child</c>) and need
/// no attribute of their own.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class VeltrixConfigAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="section">
    /// The key prefix of this schema in every source, such as <c>"Server"</c> or <c>"App:Server"</c>;
    /// <c>""</c> binds from the root.
    /// </param>
    public VeltrixConfigAttribute(string section = "") => Section = section;

    /// <summary>The key prefix of this schema in every source; empty for the root.</summary>
    public string Section { get; }
}
