namespace Veltrix.Generators.Models;

/// <summary>The type of a member or of a collection element, as far as binding needs to know it.</summary>
/// <param name="Kind">Scalar, section or collection shape.</param>
/// <param name="FullName">
/// The fully qualified C# type as it is written in emitted code, <c>global::</c>-qualified, including a
/// nullable annotation where the member declares one: <c>int</c>, <c>int?</c>, <c>string?</c>,
/// <c>global::System.TimeSpan</c>, <c>global::N.CacheConfig</c>,
/// <c>global::System.Collections.Generic.IReadOnlyList&lt;string&gt;</c>.
/// </param>
/// <param name="DisplayName">The type as a user reads it in messages and the schema: <c>int</c>, <c>TimeSpan?</c>, <c>IReadOnlyList&lt;string&gt;</c>.</param>
/// <param name="Scalar">For <see cref="MemberTypeKind.Scalar"/>: which scalar; otherwise <see cref="ScalarKind.None"/>.</param>
/// <param name="IsNullable">
/// <c>Nullable&lt;T&gt;</c> for value types, or a reference type annotated <c>?</c> (a null value is allowed).
/// </param>
/// <param name="IsValueType">Whether the type (without <c>?</c>) is a value type.</param>
/// <param name="Element">For collections: the element type (for dictionaries, the value type; keys are always <c>string</c>).</param>
/// <param name="IsFlagsEnum">For enums: whether the enum has <c>[Flags]</c>.</param>
/// <param name="EnumNames">For enums: the member names, in declaration order (for the schema and messages).</param>
/// <param name="EnumValues">
/// For enums: each member's value as invariant decimal text, in the order of <see cref="EnumNames"/> (<c>-1</c>,
/// <c>4294967295</c>): which numbers bind, for the schema and the config-file check.
/// </param>
/// <param name="ReadsAsSection">
/// For a member declared as an interface or abstract class whose initializer creates a concrete class
/// (<c>IRetryPolicy Retry { get; set; } = new ExponentialRetry();</c>): the section is that class
/// (<see cref="NonNullableFullName"/>), and generated code reads the member's value as it (<c>as</c>), as
/// ConfigurationBinder binds into the instance the initializer made.
/// </param>
/// <param name="NonNullableFullName">
/// <see cref="FullName"/> without the trailing <c>?</c> (for value types, the underlying type): what to pass as a
/// type argument, such as <c>ParseInteger&lt;int&gt;</c> for an <c>int?</c> member.
/// </param>
internal sealed record TypeSpec(
    MemberTypeKind Kind,
    string FullName,
    string DisplayName,
    ScalarKind Scalar,
    bool IsNullable,
    bool IsValueType,
    TypeSpec? Element,
    bool IsFlagsEnum,
    EquatableArray<string> EnumNames,
    string NonNullableFullName,
    EquatableArray<string> EnumValues = default,
    bool ReadsAsSection = false);
