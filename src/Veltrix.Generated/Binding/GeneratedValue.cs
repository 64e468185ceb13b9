using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace Veltrix;

/// <summary>
/// The <see cref="ConfigValue"/> factories that generated lookups call: one name per kind, so that the compiler picks
/// the method by name (<c>FromInt32</c>) instead of resolving <see cref="ConfigValue.From(int?, bool)"/> among its 45
/// overloads for every key of a schema (seconds of build time at 10,000 keys). Each is <see cref="ConfigValue"/>'s own
/// factory, inlined.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class GeneratedValue
{
#pragma warning disable CS1591 // Each wraps the value of the type it names, or null, exactly as ConfigValue.From does.
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ConfigValue FromBoolean(bool? value, bool isSecret) => ConfigValue.From(value, isSecret);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ConfigValue FromByte(byte? value, bool isSecret) => ConfigValue.From(value, isSecret);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ConfigValue FromSByte(sbyte? value, bool isSecret) => ConfigValue.From(value, isSecret);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ConfigValue FromInt16(short? value, bool isSecret) => ConfigValue.From(value, isSecret);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ConfigValue FromUInt16(ushort? value, bool isSecret) => ConfigValue.From(value, isSecret);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ConfigValue FromInt32(int? value, bool isSecret) => ConfigValue.From(value, isSecret);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ConfigValue FromUInt32(uint? value, bool isSecret) => ConfigValue.From(value, isSecret);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ConfigValue FromInt64(long? value, bool isSecret) => ConfigValue.From(value, isSecret);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ConfigValue FromUInt64(ulong? value, bool isSecret) => ConfigValue.From(value, isSecret);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ConfigValue FromInt128(Int128? value, bool isSecret) => ConfigValue.From(value, isSecret);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ConfigValue FromUInt128(UInt128? value, bool isSecret) => ConfigValue.From(value, isSecret);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ConfigValue FromSingle(float? value, bool isSecret) => ConfigValue.From(value, isSecret);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ConfigValue FromDouble(double? value, bool isSecret) => ConfigValue.From(value, isSecret);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ConfigValue FromDecimal(decimal? value, bool isSecret) => ConfigValue.From(value, isSecret);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ConfigValue FromChar(char? value, bool isSecret) => ConfigValue.From(value, isSecret);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ConfigValue FromString(string? value, bool isSecret) => ConfigValue.From(value, isSecret);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ConfigValue FromTimeSpan(System.TimeSpan? value, bool isSecret) => ConfigValue.From(value, isSecret);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ConfigValue FromDateTime(System.DateTime? value, bool isSecret) => ConfigValue.From(value, isSecret);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ConfigValue FromDateTimeOffset(System.DateTimeOffset? value, bool isSecret) => ConfigValue.From(value, isSecret);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ConfigValue FromDateOnly(System.DateOnly? value, bool isSecret) => ConfigValue.From(value, isSecret);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ConfigValue FromTimeOnly(System.TimeOnly? value, bool isSecret) => ConfigValue.From(value, isSecret);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ConfigValue FromGuid(System.Guid? value, bool isSecret) => ConfigValue.From(value, isSecret);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ConfigValue FromUri(System.Uri? value, bool isSecret) => ConfigValue.From(value, isSecret);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ConfigValue FromVersion(System.Version? value, bool isSecret) => ConfigValue.From(value, isSecret);
#pragma warning restore CS1591
}
