namespace Veltrix.Generators.Models;

/// <summary>What a schema key holds. Mirror of <c>Veltrix.ConfigKeyKind</c>; same names and values, emitted as <c>global::Veltrix.ConfigKeyKind.X</c>.</summary>
internal enum KeyKind
{
    /// <summary>A scalar value.</summary>
    Value = 0,

    /// <summary>A nested section, whose members are keys of their own.</summary>
    Section,

    /// <summary>A list (array, list, set or immutable array); its elements are keyed <c>*</c>.</summary>
    List,

    /// <summary>A dictionary with string keys; its entries are keyed <c>*</c>.</summary>
    Dictionary,
}
