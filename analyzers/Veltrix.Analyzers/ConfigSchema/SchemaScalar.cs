namespace Veltrix.Analyzers.ConfigSchema;

/// <summary>The scalar types the generator binds (the same list as the generator's <c>ScalarKind</c>).</summary>
internal enum SchemaScalar
{
    /// <summary>Not a scalar.</summary>
    None = 0,
#pragma warning disable CS1591 // The names are the .NET type names.
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
#pragma warning restore CS1591
}
