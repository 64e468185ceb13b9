using System;
using System.Runtime.CompilerServices;

namespace Veltrix;

/// <summary>
/// What a configuration value may name of <typeparamref name="TEnum"/>: a defined member, or for <c>[Flags]</c>
/// enums any combination of defined flags. Computed once per enum type.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal static class EnumValues<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Whether the enum has <c>[Flags]</c>.</summary>
    public static readonly bool IsFlags = typeof(TEnum).IsDefined(typeof(FlagsAttribute), inherit: false);

    // Every bit some member sets, as the underlying type's bit pattern.
    private static readonly ulong AllFlags = Union();

    /// <summary>
    /// Whether <paramref name="value"/>, parsed from <paramref name="text"/>, is a defined member; for flags, whether
    /// every bit is a defined flag. A comma list is valid only for flags.
    /// </summary>
    /// <param name="text">The configured text.</param>
    /// <param name="value">The value <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/> made of it.</param>
    /// <returns>Whether the value is allowed.</returns>
    public static bool IsDefined(string text, TEnum value)
    {
        if (IsFlags)
        {
            return (Bits(value) & ~AllFlags) == 0;
        }

        // "Fifo, Lifo" on a plain enum may OR into a defined value (0 | 1); it still names two members.
        return !text.AsSpan().Contains(',') && Enum.IsDefined(value);
    }

    private static ulong Union()
    {
        ulong all = 0;
        foreach (var member in Enum.GetValues<TEnum>())
        {
            all |= Bits(member);
        }

        return all;
    }

    private static ulong Bits(TEnum value)
        => Unsafe.SizeOf<TEnum>() switch
        {
            1 => Unsafe.As<TEnum, byte>(ref value),
            2 => Unsafe.As<TEnum, ushort>(ref value),
            4 => Unsafe.As<TEnum, uint>(ref value),
            _ => Unsafe.As<TEnum, ulong>(ref value),
        };
}
