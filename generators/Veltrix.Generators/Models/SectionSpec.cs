namespace Veltrix.Generators.Models;

/// <summary>A section type: the root schema type or a class/record reached from it.</summary>
/// <param name="FullName">The <c>global::</c>-qualified type name, the identity of the section.</param>
/// <param name="Namespace">The namespace, or empty for the global namespace.</param>
/// <param name="Name">The simple type name.</param>
/// <param name="ContainingTypes">
/// Enclosing types from outermost to innermost, each as its declaration header without modifiers other than
/// <c>partial</c>, e.g. <c>partial class Outer</c>, <c>partial record struct X</c>; empty for top-level types.
/// </param>
/// <param name="IsPartial">Whether this type (and every containing type) is <c>partial</c>, so members can be added to it.</param>
/// <param name="IsRecord">Whether the type is a record (its compiler-made <c>ToString</c> prints every member, secrets included).</param>
/// <param name="DeclarationKeyword">The keyword that declares the type: <c>class</c> or <c>record</c> (for <c>record class</c>, <c>record</c>).</param>
/// <param name="HasUserToString">Whether the user declared <c>ToString()</c> (the generator then adds none).</param>
/// <param name="UsesConstructor">Whether binding calls a constructor with parameters (primary constructor or the single public constructor with parameters).</param>
/// <param name="HasParameterlessConstructor">Whether <c>new T()</c> (with object initializer) is possible.</param>
/// <param name="Members">The bindable members, in declaration order. Unsupported members are absent (and reported).</param>
/// <param name="TypeValidations">The <c>ValidationAttribute</c>s on the type itself (<see cref="ValidationKind.Custom"/>): asked about the whole section once its members pass.</param>
/// <param name="IsValidatableObject">Whether the type implements DataAnnotations' <c>IValidatableObject</c>: its <c>Validate</c> runs after its members pass.</param>
internal sealed record SectionSpec(
    string FullName,
    string Namespace,
    string Name,
    EquatableArray<string> ContainingTypes,
    bool IsPartial,
    bool IsRecord,
    string DeclarationKeyword,
    bool HasUserToString,
    bool UsesConstructor,
    bool HasParameterlessConstructor,
    EquatableArray<MemberSpec> Members,
    EquatableArray<ValidationSpec> TypeValidations = default,
    bool IsValidatableObject = false);
