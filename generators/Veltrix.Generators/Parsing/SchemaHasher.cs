using System.Collections.Generic;
using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Veltrix.Generators.Models;

namespace Veltrix.Generators.Parsing;

/// <summary>
/// Computes the schema hash: XxHash3 (64-bit, seed 0) of the UTF-8 canonical text of the keys' shape. Defaults and
/// descriptions are left out, so only a change of paths, kinds, types, roles, secrecy or requiredness changes it.
/// </summary>
internal static class SchemaHasher
{
    /// <summary>Hashes keys already sorted as <see cref="ConfigSpec.Keys"/> are.</summary>
    public static ulong Compute(IReadOnlyList<KeySpec> keys)
        => XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(CanonicalText(keys)));

    /// <summary>
    /// One line per key: <c>lowercase path|kind|type|role|secret|required\n</c>, e.g.
    /// <c>server:cache:maxentries|0|int|1|0|0</c>.
    /// </summary>
    public static string CanonicalText(IReadOnlyList<KeySpec> keys)
    {
        var text = new StringBuilder();
        foreach (var key in keys)
        {
            text.Append(key.Path.ToLowerInvariant()).Append('|')
                .Append(((int)key.Kind).ToString(CultureInfo.InvariantCulture)).Append('|')
                .Append(key.TypeDisplayName).Append('|')
                .Append(((int)key.Role).ToString(CultureInfo.InvariantCulture)).Append('|')
                .Append(key.IsSecret ? '1' : '0').Append('|')
                .Append(key.IsRequired ? '1' : '0').Append('\n');
        }

        return text.ToString();
    }
}
