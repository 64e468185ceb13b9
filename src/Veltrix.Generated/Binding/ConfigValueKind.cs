namespace Veltrix;

/// <summary>The type of value a <see cref="ConfigValue"/> holds.</summary>
public enum ConfigValueKind : byte
{
    /// <summary>No value: the member is <see langword="null"/>.</summary>
    Null = 0,
    /// <summary>A <see cref="bool"/>.</summary>
    Boolean,
    /// <summary>A <see cref="byte"/>.</summary>
    Byte,
    /// <summary>An <see cref="sbyte"/>.</summary>
    SByte,
    /// <summary>A <see cref="short"/>.</summary>
    Int16,
    /// <summary>A <see cref="ushort"/>.</summary>
    UInt16,
    /// <summary>An <see cref="int"/>.</summary>
    Int32,
    /// <summary>A <see cref="uint"/>.</summary>
    UInt32,
    /// <summary>A <see cref="long"/>.</summary>
    Int64,
    /// <summary>A <see cref="ulong"/>.</summary>
    UInt64,
    /// <summary>An <see cref="System.Int128"/>.</summary>
    Int128,
    /// <summary>A <see cref="System.UInt128"/>.</summary>
    UInt128,
    /// <summary>A <see cref="float"/>.</summary>
    Single,
    /// <summary>A <see cref="double"/>.</summary>
    Double,
    /// <summary>A <see cref="decimal"/>.</summary>
    Decimal,
    /// <summary>A <see cref="char"/>.</summary>
    Char,
    /// <summary>A <see cref="string"/>.</summary>
    String,
    /// <summary>An enum value; <see cref="ConfigValue.EnumType"/> names the type.</summary>
    Enum,
    /// <summary>A <see cref="System.TimeSpan"/>.</summary>
    TimeSpan,
    /// <summary>A <see cref="System.DateTime"/>.</summary>
    DateTime,
    /// <summary>A <see cref="System.DateTimeOffset"/>.</summary>
    DateTimeOffset,
    /// <summary>A <see cref="System.DateOnly"/>.</summary>
    DateOnly,
    /// <summary>A <see cref="System.TimeOnly"/>.</summary>
    TimeOnly,
    /// <summary>A <see cref="System.Guid"/>.</summary>
    Guid,
    /// <summary>A <see cref="System.Uri"/>.</summary>
    Uri,
    /// <summary>A <see cref="System.Version"/>.</summary>
    Version,
    /// <summary>A nested section object.</summary>
    Section,
    /// <summary>A list or dictionary.</summary>
    Collection,
}
