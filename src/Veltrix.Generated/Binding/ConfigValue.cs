using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Veltrix;

/// <summary>
/// A typed configuration value returned by a key lookup. Scalars are stored inline, never boxed, so a lookup
/// allocates nothing; references (strings, sections, collections) are the snapshot's own objects.
/// </summary>
/// <remarks>
/// Read it with the accessor of its <see cref="Kind"/> (<see cref="AsInt32"/>, <see cref="AsTimeSpan"/>, …) or
/// with <see cref="Get{T}"/>. <see cref="ToString()"/> prints <c>***</c> for secrets.
/// </remarks>
public readonly struct ConfigValue : IEquatable<ConfigValue>
{
    private readonly long _lo;
    private readonly long _hi;
    private readonly object? _ref;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ConfigValue(ConfigValueKind kind, long lo, long hi, object? reference, bool isSecret)
    {
        Kind = kind;
        _lo = lo;
        _hi = hi;
        _ref = reference;
        IsSecret = isSecret;
    }

    /// <summary>The type of the value.</summary>
    public ConfigValueKind Kind { get; }

    /// <summary>Whether the value belongs to a <see cref="SecretAttribute"/> member.</summary>
    public bool IsSecret { get; }

    /// <summary>Whether the value is <see langword="null"/>.</summary>
    public bool IsNull => Kind == ConfigValueKind.Null;

    /// <summary>The enum type when <see cref="Kind"/> is <see cref="ConfigValueKind.Enum"/>; otherwise null.</summary>
    public Type? EnumType => Kind == ConfigValueKind.Enum ? (Type?)_ref : null;

#pragma warning disable CS1591 // The factories mirror the accessors one for one; their docs would repeat the type name.
    public static ConfigValue From(bool value, bool isSecret = false) => new(ConfigValueKind.Boolean, value ? 1 : 0, 0, null, isSecret);
    public static ConfigValue From(byte value, bool isSecret = false) => new(ConfigValueKind.Byte, value, 0, null, isSecret);
    public static ConfigValue From(sbyte value, bool isSecret = false) => new(ConfigValueKind.SByte, value, 0, null, isSecret);
    public static ConfigValue From(short value, bool isSecret = false) => new(ConfigValueKind.Int16, value, 0, null, isSecret);
    public static ConfigValue From(ushort value, bool isSecret = false) => new(ConfigValueKind.UInt16, value, 0, null, isSecret);
    public static ConfigValue From(int value, bool isSecret = false) => new(ConfigValueKind.Int32, value, 0, null, isSecret);
    public static ConfigValue From(uint value, bool isSecret = false) => new(ConfigValueKind.UInt32, value, 0, null, isSecret);
    public static ConfigValue From(long value, bool isSecret = false) => new(ConfigValueKind.Int64, value, 0, null, isSecret);
    public static ConfigValue From(ulong value, bool isSecret = false) => new(ConfigValueKind.UInt64, unchecked((long)value), 0, null, isSecret);
    public static ConfigValue From(Int128 value, bool isSecret = false) => new(ConfigValueKind.Int128, unchecked((long)(ulong)value), unchecked((long)(value >> 64)), null, isSecret);
    public static ConfigValue From(UInt128 value, bool isSecret = false) => new(ConfigValueKind.UInt128, unchecked((long)(ulong)value), unchecked((long)(ulong)(value >> 64)), null, isSecret);
    public static ConfigValue From(float value, bool isSecret = false) => new(ConfigValueKind.Single, BitConverter.SingleToInt32Bits(value), 0, null, isSecret);
    public static ConfigValue From(double value, bool isSecret = false) => new(ConfigValueKind.Double, BitConverter.DoubleToInt64Bits(value), 0, null, isSecret);
    public static ConfigValue From(decimal value, bool isSecret = false) { var pair = Unsafe.As<decimal, Pair>(ref value); return new(ConfigValueKind.Decimal, pair.Lo, pair.Hi, null, isSecret); }
    public static ConfigValue From(char value, bool isSecret = false) => new(ConfigValueKind.Char, value, 0, null, isSecret);
    public static ConfigValue From(string? value, bool isSecret = false) => value is null ? Null(isSecret) : new(ConfigValueKind.String, 0, 0, value, isSecret);
    public static ConfigValue From(TimeSpan value, bool isSecret = false) => new(ConfigValueKind.TimeSpan, value.Ticks, 0, null, isSecret);
    public static ConfigValue From(DateTime value, bool isSecret = false) => new(ConfigValueKind.DateTime, value.ToBinary(), 0, null, isSecret);
    public static ConfigValue From(DateTimeOffset value, bool isSecret = false) => new(ConfigValueKind.DateTimeOffset, value.Ticks, (long)value.Offset.TotalMinutes, null, isSecret);
    public static ConfigValue From(DateOnly value, bool isSecret = false) => new(ConfigValueKind.DateOnly, value.DayNumber, 0, null, isSecret);
    public static ConfigValue From(TimeOnly value, bool isSecret = false) => new(ConfigValueKind.TimeOnly, value.Ticks, 0, null, isSecret);
    public static ConfigValue From(Guid value, bool isSecret = false) { var pair = Unsafe.As<Guid, Pair>(ref value); return new(ConfigValueKind.Guid, pair.Lo, pair.Hi, null, isSecret); }
    public static ConfigValue From(Uri? value, bool isSecret = false) => value is null ? Null(isSecret) : new(ConfigValueKind.Uri, 0, 0, value, isSecret);
    public static ConfigValue From(Version? value, bool isSecret = false) => value is null ? Null(isSecret) : new(ConfigValueKind.Version, 0, 0, value, isSecret);
    public static ConfigValue From(bool? value, bool isSecret = false) => value is { } v ? From(v, isSecret) : Null(isSecret);
    public static ConfigValue From(byte? value, bool isSecret = false) => value is { } v ? From(v, isSecret) : Null(isSecret);
    public static ConfigValue From(sbyte? value, bool isSecret = false) => value is { } v ? From(v, isSecret) : Null(isSecret);
    public static ConfigValue From(short? value, bool isSecret = false) => value is { } v ? From(v, isSecret) : Null(isSecret);
    public static ConfigValue From(ushort? value, bool isSecret = false) => value is { } v ? From(v, isSecret) : Null(isSecret);
    public static ConfigValue From(int? value, bool isSecret = false) => value is { } v ? From(v, isSecret) : Null(isSecret);
    public static ConfigValue From(uint? value, bool isSecret = false) => value is { } v ? From(v, isSecret) : Null(isSecret);
    public static ConfigValue From(long? value, bool isSecret = false) => value is { } v ? From(v, isSecret) : Null(isSecret);
    public static ConfigValue From(ulong? value, bool isSecret = false) => value is { } v ? From(v, isSecret) : Null(isSecret);
    public static ConfigValue From(Int128? value, bool isSecret = false) => value is { } v ? From(v, isSecret) : Null(isSecret);
    public static ConfigValue From(UInt128? value, bool isSecret = false) => value is { } v ? From(v, isSecret) : Null(isSecret);
    public static ConfigValue From(float? value, bool isSecret = false) => value is { } v ? From(v, isSecret) : Null(isSecret);
    public static ConfigValue From(double? value, bool isSecret = false) => value is { } v ? From(v, isSecret) : Null(isSecret);
    public static ConfigValue From(decimal? value, bool isSecret = false) => value is { } v ? From(v, isSecret) : Null(isSecret);
    public static ConfigValue From(char? value, bool isSecret = false) => value is { } v ? From(v, isSecret) : Null(isSecret);
    public static ConfigValue From(TimeSpan? value, bool isSecret = false) => value is { } v ? From(v, isSecret) : Null(isSecret);
    public static ConfigValue From(DateTime? value, bool isSecret = false) => value is { } v ? From(v, isSecret) : Null(isSecret);
    public static ConfigValue From(DateTimeOffset? value, bool isSecret = false) => value is { } v ? From(v, isSecret) : Null(isSecret);
    public static ConfigValue From(DateOnly? value, bool isSecret = false) => value is { } v ? From(v, isSecret) : Null(isSecret);
    public static ConfigValue From(TimeOnly? value, bool isSecret = false) => value is { } v ? From(v, isSecret) : Null(isSecret);
    public static ConfigValue From(Guid? value, bool isSecret = false) => value is { } v ? From(v, isSecret) : Null(isSecret);
#pragma warning restore CS1591

    /// <summary>Wraps an enum value without boxing it.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="isSecret">Whether the member is a secret.</param>
    public static ConfigValue FromEnum<TEnum>(TEnum value, bool isSecret = false)
        where TEnum : struct, Enum
        => new(ConfigValueKind.Enum, ToInt64(value), 0, typeof(TEnum), isSecret);

    /// <summary>Wraps a nullable enum value without boxing it.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="isSecret">Whether the member is a secret.</param>
    public static ConfigValue FromEnum<TEnum>(TEnum? value, bool isSecret = false)
        where TEnum : struct, Enum
        => value is { } v ? FromEnum(v, isSecret) : Null(isSecret);

    /// <summary>Wraps a nested section object.</summary>
    /// <param name="section">The section; null gives a null value.</param>
    /// <param name="isSecret">Whether the member is a secret.</param>
    public static ConfigValue FromSection(object? section, bool isSecret = false)
        => section is null ? Null(isSecret) : new(ConfigValueKind.Section, 0, 0, section, isSecret);

    /// <summary>Wraps a list or dictionary.</summary>
    /// <param name="collection">The collection; null gives a null value.</param>
    /// <param name="isSecret">Whether the member is a secret.</param>
    public static ConfigValue FromCollection(object? collection, bool isSecret = false)
        => collection is null ? Null(isSecret) : new(ConfigValueKind.Collection, 0, 0, collection, isSecret);

    /// <summary>A null value.</summary>
    /// <param name="isSecret">Whether the member is a secret.</param>
    public static ConfigValue Null(bool isSecret = false) => new(ConfigValueKind.Null, 0, 0, null, isSecret);

#pragma warning disable CS1591 // Each accessor returns the value of the kind it names and throws InvalidOperationException for any other kind.
    public bool AsBoolean() => Expect(ConfigValueKind.Boolean)._lo != 0;
    public byte AsByte() => (byte)Expect(ConfigValueKind.Byte)._lo;
    public sbyte AsSByte() => (sbyte)Expect(ConfigValueKind.SByte)._lo;
    public short AsInt16() => (short)Expect(ConfigValueKind.Int16)._lo;
    public ushort AsUInt16() => (ushort)Expect(ConfigValueKind.UInt16)._lo;
    public int AsInt32() => (int)Expect(ConfigValueKind.Int32)._lo;
    public uint AsUInt32() => (uint)Expect(ConfigValueKind.UInt32)._lo;
    public long AsInt64() => Expect(ConfigValueKind.Int64)._lo;
    public ulong AsUInt64() => unchecked((ulong)Expect(ConfigValueKind.UInt64)._lo);
    public Int128 AsInt128() { var v = Expect(ConfigValueKind.Int128); return new Int128(unchecked((ulong)v._hi), unchecked((ulong)v._lo)); }
    public UInt128 AsUInt128() { var v = Expect(ConfigValueKind.UInt128); return new UInt128(unchecked((ulong)v._hi), unchecked((ulong)v._lo)); }
    public float AsSingle() => BitConverter.Int32BitsToSingle((int)Expect(ConfigValueKind.Single)._lo);
    public double AsDouble() => BitConverter.Int64BitsToDouble(Expect(ConfigValueKind.Double)._lo);
    public decimal AsDecimal() { var v = Expect(ConfigValueKind.Decimal); var pair = new Pair(v._lo, v._hi); return Unsafe.As<Pair, decimal>(ref pair); }
    public char AsChar() => (char)Expect(ConfigValueKind.Char)._lo;
    public string AsString() => (string)Expect(ConfigValueKind.String)._ref!;
    public TimeSpan AsTimeSpan() => new(Expect(ConfigValueKind.TimeSpan)._lo);
    public DateTime AsDateTime() => DateTime.FromBinary(Expect(ConfigValueKind.DateTime)._lo);
    public DateTimeOffset AsDateTimeOffset() { var v = Expect(ConfigValueKind.DateTimeOffset); return new DateTimeOffset(v._lo, TimeSpan.FromMinutes(v._hi)); }
    public DateOnly AsDateOnly() => DateOnly.FromDayNumber((int)Expect(ConfigValueKind.DateOnly)._lo);
    public TimeOnly AsTimeOnly() => new(Expect(ConfigValueKind.TimeOnly)._lo);
    public Guid AsGuid() { var v = Expect(ConfigValueKind.Guid); var pair = new Pair(v._lo, v._hi); return Unsafe.As<Pair, Guid>(ref pair); }
    public Uri AsUri() => (Uri)Expect(ConfigValueKind.Uri)._ref!;
    public Version AsVersion() => (Version)Expect(ConfigValueKind.Version)._ref!;
    public object AsSection() => Expect(ConfigValueKind.Section)._ref!;
    public object AsCollection() => Expect(ConfigValueKind.Collection)._ref!;
#pragma warning restore CS1591

    /// <summary>Returns the enum value.</summary>
    /// <typeparam name="TEnum">The enum type, which must be <see cref="EnumType"/>.</typeparam>
    public TEnum AsEnum<TEnum>()
        where TEnum : struct, Enum
    {
        var v = Expect(ConfigValueKind.Enum);
        if ((Type?)v._ref != typeof(TEnum))
        {
            throw new InvalidOperationException($"The value is a {((Type?)v._ref)?.Name}, not a {typeof(TEnum).Name}.");
        }

        return FromInt64<TEnum>(v._lo);
    }

    /// <summary>
    /// Returns the value as <typeparamref name="T"/> without boxing when <typeparamref name="T"/> is the value's
    /// own type (or its nullable form); throws <see cref="InvalidOperationException"/> otherwise.
    /// </summary>
    /// <typeparam name="T">The value's type.</typeparam>
    public T Get<T>() => TryGet<T>(out var value)
        ? value
        : throw new InvalidOperationException($"The configuration value is a {Kind}, not a {typeof(T).Name}.");

    /// <summary>Reads the value as <typeparamref name="T"/> when that is its type; never boxes scalars.</summary>
    /// <typeparam name="T">The expected type.</typeparam>
    /// <param name="value">The value, or default.</param>
    /// <returns>Whether the value has type <typeparamref name="T"/>.</returns>
    public bool TryGet<T>(out T value)
    {
        value = default!;
        if (Kind == ConfigValueKind.Null)
        {
            return default(T) is null;
        }

        if (typeof(T) == typeof(bool) || typeof(T) == typeof(bool?)) return Set(Kind == ConfigValueKind.Boolean, _lo != 0, out value);
        if (typeof(T) == typeof(byte) || typeof(T) == typeof(byte?)) return Set(Kind == ConfigValueKind.Byte, (byte)_lo, out value);
        if (typeof(T) == typeof(sbyte) || typeof(T) == typeof(sbyte?)) return Set(Kind == ConfigValueKind.SByte, (sbyte)_lo, out value);
        if (typeof(T) == typeof(short) || typeof(T) == typeof(short?)) return Set(Kind == ConfigValueKind.Int16, (short)_lo, out value);
        if (typeof(T) == typeof(ushort) || typeof(T) == typeof(ushort?)) return Set(Kind == ConfigValueKind.UInt16, (ushort)_lo, out value);
        if (typeof(T) == typeof(int) || typeof(T) == typeof(int?)) return Set(Kind == ConfigValueKind.Int32, (int)_lo, out value);
        if (typeof(T) == typeof(uint) || typeof(T) == typeof(uint?)) return Set(Kind == ConfigValueKind.UInt32, (uint)_lo, out value);
        if (typeof(T) == typeof(long) || typeof(T) == typeof(long?)) return Set(Kind == ConfigValueKind.Int64, _lo, out value);
        if (typeof(T) == typeof(ulong) || typeof(T) == typeof(ulong?)) return Set(Kind == ConfigValueKind.UInt64, unchecked((ulong)_lo), out value);
        if (typeof(T) == typeof(float) || typeof(T) == typeof(float?)) return Set(Kind == ConfigValueKind.Single, BitConverter.Int32BitsToSingle((int)_lo), out value);
        if (typeof(T) == typeof(double) || typeof(T) == typeof(double?)) return Set(Kind == ConfigValueKind.Double, BitConverter.Int64BitsToDouble(_lo), out value);
        if (typeof(T) == typeof(char) || typeof(T) == typeof(char?)) return Set(Kind == ConfigValueKind.Char, (char)_lo, out value);
        if (typeof(T) == typeof(TimeSpan) || typeof(T) == typeof(TimeSpan?)) return Set(Kind == ConfigValueKind.TimeSpan, new TimeSpan(_lo), out value);
        if (typeof(T) == typeof(DateTime) || typeof(T) == typeof(DateTime?)) return Kind == ConfigValueKind.DateTime && Set(true, AsDateTime(), out value);
        if (typeof(T) == typeof(DateTimeOffset) || typeof(T) == typeof(DateTimeOffset?)) return Kind == ConfigValueKind.DateTimeOffset && Set(true, AsDateTimeOffset(), out value);
        if (typeof(T) == typeof(DateOnly) || typeof(T) == typeof(DateOnly?)) return Kind == ConfigValueKind.DateOnly && Set(true, AsDateOnly(), out value);
        if (typeof(T) == typeof(TimeOnly) || typeof(T) == typeof(TimeOnly?)) return Set(Kind == ConfigValueKind.TimeOnly, new TimeOnly(Math.Max(0, _lo)), out value);
        if (typeof(T) == typeof(decimal) || typeof(T) == typeof(decimal?)) return Kind == ConfigValueKind.Decimal && Set(true, AsDecimal(), out value);
        if (typeof(T) == typeof(Guid) || typeof(T) == typeof(Guid?)) return Kind == ConfigValueKind.Guid && Set(true, AsGuid(), out value);
        if (typeof(T) == typeof(Int128) || typeof(T) == typeof(Int128?)) return Kind == ConfigValueKind.Int128 && Set(true, AsInt128(), out value);
        if (typeof(T) == typeof(UInt128) || typeof(T) == typeof(UInt128?)) return Kind == ConfigValueKind.UInt128 && Set(true, AsUInt128(), out value);
        if (Kind == ConfigValueKind.Enum && (Type?)_ref == typeof(T))
        {
            value = FromInt64<T>(_lo);
            return true;
        }

        if (_ref is T reference)
        {
            value = reference;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Formats the value with the invariant culture, as it would appear in a configuration file;
    /// <c>***</c> for secrets and <c>null</c> for null.
    /// </summary>
    public override string ToString()
    {
        if (IsSecret)
        {
            return "***";
        }

        return Kind switch
        {
            ConfigValueKind.Null => "null",
            ConfigValueKind.Boolean => AsBoolean() ? "true" : "false",
            ConfigValueKind.Byte or ConfigValueKind.SByte or ConfigValueKind.Int16 or ConfigValueKind.UInt16
                or ConfigValueKind.Int32 or ConfigValueKind.UInt32 or ConfigValueKind.Int64 => _lo.ToString(CultureInfo.InvariantCulture),
            ConfigValueKind.UInt64 => AsUInt64().ToString(CultureInfo.InvariantCulture),
            ConfigValueKind.Int128 => AsInt128().ToString(CultureInfo.InvariantCulture),
            ConfigValueKind.UInt128 => AsUInt128().ToString(CultureInfo.InvariantCulture),
            ConfigValueKind.Single => AsSingle().ToString(CultureInfo.InvariantCulture),
            ConfigValueKind.Double => AsDouble().ToString(CultureInfo.InvariantCulture),
            ConfigValueKind.Decimal => AsDecimal().ToString(CultureInfo.InvariantCulture),
            ConfigValueKind.Char => AsChar().ToString(),
            ConfigValueKind.TimeSpan => AsTimeSpan().ToString("c", CultureInfo.InvariantCulture),
            ConfigValueKind.DateTime => AsDateTime().ToString("O", CultureInfo.InvariantCulture),
            ConfigValueKind.DateTimeOffset => AsDateTimeOffset().ToString("O", CultureInfo.InvariantCulture),
            ConfigValueKind.DateOnly => AsDateOnly().ToString("O", CultureInfo.InvariantCulture),
            ConfigValueKind.TimeOnly => AsTimeOnly().ToString("O", CultureInfo.InvariantCulture),
            ConfigValueKind.Guid => AsGuid().ToString(),
            ConfigValueKind.Enum => Enum.ToObject((Type)_ref!, _lo).ToString() ?? string.Empty,
            _ => _ref?.ToString() ?? "null",
        };
    }

    /// <inheritdoc/>
    public bool Equals(ConfigValue other)
        => Kind == other.Kind && IsSecret == other.IsSecret && _lo == other._lo && _hi == other._hi && Equals(_ref, other._ref);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ConfigValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, _lo, _hi, _ref);

    /// <summary>Compares two values.</summary>
    public static bool operator ==(ConfigValue left, ConfigValue right) => left.Equals(right);

    /// <summary>Compares two values.</summary>
    public static bool operator !=(ConfigValue left, ConfigValue right) => !left.Equals(right);

    // Inlined into every accessor, with the throw kept out of line, so that reading a value is a compare and a load.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ConfigValue Expect(ConfigValueKind kind)
    {
        if (Kind != kind)
        {
            ThrowNotKind(kind);
        }

        return this;
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowNotKind(ConfigValueKind kind)
        => throw new InvalidOperationException($"The configuration value is a {Kind}, not a {kind}.");

    private static bool Set<TValue, T>(bool matches, TValue source, out T value)
        where TValue : struct
    {
        if (!matches)
        {
            value = default!;
            return false;
        }

        // T is TValue or Nullable<TValue>: the JIT folds the branch and the cast for each instantiation.
        if (typeof(T) == typeof(TValue))
        {
            value = Unsafe.As<TValue, T>(ref source);
        }
        else
        {
            TValue? nullable = source;
            value = Unsafe.As<TValue?, T>(ref nullable);
        }

        return true;
    }

    private static long ToInt64<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => Unsafe.SizeOf<TEnum>() switch
        {
            1 => Unsafe.As<TEnum, byte>(ref value),
            2 => Unsafe.As<TEnum, short>(ref value),
            4 => Unsafe.As<TEnum, int>(ref value),
            _ => Unsafe.As<TEnum, long>(ref value),
        };

    // Enums are stored widened to 64 bits; narrowing reads the low bytes back in the enum's own size.
    private static T FromInt64<T>(long bits) => Unsafe.SizeOf<T>() switch
    {
        1 => Unsafe.BitCast<byte, T>((byte)bits),
        2 => Unsafe.BitCast<ushort, T>((ushort)bits),
        4 => Unsafe.BitCast<uint, T>((uint)bits),
        _ => Unsafe.BitCast<ulong, T>((ulong)bits),
    };

    private readonly record struct Pair(long Lo, long Hi);
}
