namespace Veltrix.Generators.Models;

/// <summary>The scalar types a member may have. Names match <c>Veltrix.ConfigValueKind</c> one for one, and name the <c>Veltrix.GeneratedValue.From…</c> factory a lookup calls.</summary>
internal enum ScalarKind
{
    None = 0,
    Boolean,
    Byte,
    SByte,
    Int16,
    UInt16,
    Int32,
    UInt32,
    Int64,
    UInt64,
    Int128,
    UInt128,
    Single,
    Double,
    Decimal,
    Char,
    String,
    Enum,
    TimeSpan,
    DateTime,
    DateTimeOffset,
    DateOnly,
    TimeOnly,
    Guid,
    Uri,
    Version,
}
