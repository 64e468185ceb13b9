namespace Veltrix.Analyzers.Usage;

/// <summary>How the generator binds a member's type, as far as the usage rules need to know.</summary>
internal enum MemberTypeKind
{
    /// <summary>Not something a schema binds (an interface, a delegate, <c>object</c>).</summary>
    None = 0,

    /// <summary>A value bound from one key: numbers, strings, enums, dates, <c>TimeSpan</c>, <c>Uri</c>, …</summary>
    Scalar,

    /// <summary>A nested section: a class, record or struct whose members are keys beneath it.</summary>
    Section,

    /// <summary>A list or array: elements are keys <c>Name:0</c>, <c>Name:1</c>, …</summary>
    List,

    /// <summary>A dictionary: elements are keys <c>Name:&lt;key&gt;</c>.</summary>
    Dictionary,
}
