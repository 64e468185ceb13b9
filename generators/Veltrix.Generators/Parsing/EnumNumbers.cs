using System.Collections.Generic;
using System.Globalization;

namespace Veltrix.Generators.Parsing;

/// <summary>
/// Which numbers an enum member accepts, by the runtime's rule (src/Veltrix.Generated/Binding/EnumValues.cs): the
/// value of a defined member; for <c>[Flags]</c> enums, any number whose every bit is set by some member. Shared by
/// the JSON Schema the generator emits and the config-file check, from <see cref="Models.TypeSpec.EnumValues"/>.
/// </summary>
internal static class EnumNumbers
{
    /// <summary>Reads a member value or a configured number as its 64-bit pattern (negative values sign-extended).</summary>
    /// <param name="text">Invariant decimal text with an optional leading sign.</param>
    /// <param name="bits">The bit pattern.</param>
    /// <returns>Whether the text is a number that fits 64 bits.</returns>
    public static bool TryBits(string text, out ulong bits)
    {
        // Sign extension keeps the comparison exact at any width: a member -1 and an input -1 share every bit.
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var signed))
        {
            bits = unchecked((ulong)signed);
            return true;
        }

        return ulong.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out bits);
    }

    /// <summary>Every bit some member sets.</summary>
    /// <param name="values">The members' values (<see cref="Models.TypeSpec.EnumValues"/>).</param>
    /// <returns>The union of their bit patterns.</returns>
    public static ulong Union(IReadOnlyList<string> values)
    {
        ulong union = 0;
        foreach (var value in values)
        {
            if (TryBits(value, out var bits))
            {
                union |= bits;
            }
        }

        return union;
    }

    /// <summary>Whether <paramref name="number"/> binds: a defined member's value, or for flags a combination of them.</summary>
    /// <param name="number">The configured number's bit pattern (<see cref="TryBits"/>).</param>
    /// <param name="values">The members' values.</param>
    /// <param name="isFlags">Whether the enum is <c>[Flags]</c>.</param>
    /// <returns>Whether the runtime accepts the number.</returns>
    public static bool IsDefined(ulong number, IReadOnlyList<string> values, bool isFlags)
    {
        if (isFlags)
        {
            return (number & ~Union(values)) == 0;
        }

        foreach (var value in values)
        {
            if (TryBits(value, out var bits) && bits == number)
            {
                return true;
            }
        }

        return false;
    }
}
