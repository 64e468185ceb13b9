namespace Veltrix.Generators.Models;

/// <summary>The shape of a member's type.</summary>
internal enum MemberTypeKind
{
    /// <summary>A scalar (<see cref="ScalarKind"/>), possibly nullable.</summary>
    Scalar = 0,

    /// <summary>A nested section: a class or record with members of its own.</summary>
    Section,

    /// <summary><c>T[]</c>.</summary>
    Array,

    /// <summary><c>List&lt;T&gt;</c>.</summary>
    List,

    /// <summary><c>IList&lt;T&gt;</c> (bound as a <c>List&lt;T&gt;</c>).</summary>
    IList,

    /// <summary><c>IReadOnlyList&lt;T&gt;</c> (bound as a read-only wrapper over an array).</summary>
    IReadOnlyList,

    /// <summary><c>ImmutableArray&lt;T&gt;</c>.</summary>
    ImmutableArray,

    /// <summary><c>Dictionary&lt;string, T&gt;</c> (bound with an ordinal case-insensitive comparer).</summary>
    Dictionary,

    /// <summary><c>IReadOnlyDictionary&lt;string, T&gt;</c> (bound as a read-only wrapper, case-insensitive).</summary>
    IReadOnlyDictionary,

    /// <summary><c>IDictionary&lt;string, T&gt;</c> (bound as a <c>Dictionary&lt;string, T&gt;</c>, case-insensitive).</summary>
    IDictionary,

    /// <summary>
    /// <c>IEnumerable&lt;T&gt;</c>, <c>ICollection&lt;T&gt;</c> or <c>IReadOnlyCollection&lt;T&gt;</c> (bound as a
    /// <c>List&lt;T&gt;</c>, as ConfigurationBinder binds them; read by index through <c>IReadOnlyList&lt;T&gt;</c>).
    /// </summary>
    Sequence,

    /// <summary><c>HashSet&lt;T&gt;</c>, <c>ISet&lt;T&gt;</c> or <c>IReadOnlySet&lt;T&gt;</c> (bound as a <c>HashSet&lt;T&gt;</c>; duplicates collapse).</summary>
    Set,
}
