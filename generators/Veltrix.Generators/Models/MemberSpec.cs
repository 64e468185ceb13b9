namespace Veltrix.Generators.Models;

/// <summary>How a member receives its bound value.</summary>
internal enum MemberAssignment
{
    /// <summary>An <c>init</c> (or <c>set</c>) property, assigned in an object initializer.</summary>
    Property = 0,

    /// <summary>A primary or single public constructor parameter, passed by name.</summary>
    ConstructorParameter,

    /// <summary>
    /// A get-only property holding a mutable collection (<c>public List&lt;string&gt; Items { get; } = new();</c>): the
    /// bound elements are put into the instance the constructor made, as ConfigurationBinder fills it.
    /// </summary>
    FillExisting,
}

/// <summary>One bindable member of a section.</summary>
/// <param name="Name">The C# property name (for constructor parameters, the property that exposes the value).</param>
/// <param name="Key">The key segment: <c>[ConfigKey]</c> or the name.</param>
/// <param name="Type">The member's type.</param>
/// <param name="Assignment">Property or constructor parameter.</param>
/// <param name="ParameterName">For constructor parameters: the parameter name; otherwise null.</param>
/// <param name="IsSecret">Whether the member has <c>[Secret]</c>.</param>
/// <param name="Role">The role attribute, if any.</param>
/// <param name="IsRequiredKey">Whether a source must provide the key: <c>[Required]</c>, the C# <c>required</c> modifier, or a constructor parameter without a default.</param>
/// <param name="HasRequiredModifier">Whether the property has the C# <c>required</c> modifier (it must then always be set in the object initializer).</param>
/// <param name="HasInitializer">
/// Whether the property has an initializer (<c>= 5</c>, <c>= new()</c>) whose value must be kept when the key is absent.
/// The emitter reads it from a defaults instance (<c>new T()</c>) created once per bind of the section.
/// </param>
/// <param name="DefaultValueText">
/// The default in config-file syntax (invariant culture) when it is a compile-time constant or a recognised
/// expression (<c>TimeSpan.FromMinutes(5)</c> → <c>00:05:00</c>); otherwise null. For constructor parameters
/// with a default, always set. Always null for secrets.
/// </param>
/// <param name="DefaultValueExpression">
/// For constructor parameters with a default value: the C# expression of that default (<c>8080</c>,
/// <c>"localhost"</c>, <c>null</c>, <c>default</c>, <c>global::N.Mode.Fast</c>), to pass when the key is absent. Otherwise null.
/// </param>
/// <param name="Validations">The validation attributes, in source order.</param>
/// <param name="Description">The XML doc <c>&lt;summary&gt;</c> text, whitespace-normalised; null when none.</param>
/// <param name="ReplacesList">For lists: <c>[ListMerge(ListMergeMode.Replace)]</c>, a JSON array replaces earlier sources' elements instead of merging index by index.</param>
internal sealed record MemberSpec(
    string Name,
    string Key,
    TypeSpec Type,
    MemberAssignment Assignment,
    string? ParameterName,
    bool IsSecret,
    RoleKind Role,
    bool IsRequiredKey,
    bool HasRequiredModifier,
    bool HasInitializer,
    string? DefaultValueText,
    string? DefaultValueExpression,
    EquatableArray<ValidationSpec> Validations,
    string? Description,
    bool ReplacesList = false);
