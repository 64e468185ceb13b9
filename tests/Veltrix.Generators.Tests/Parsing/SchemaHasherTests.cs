using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Veltrix.Generators.Models;
using Veltrix.Generators.Parsing;

namespace Veltrix.Generators.Tests.Parsing;

public sealed class SchemaHasherTests
{
    [Theory]
    [InlineData("Server:Port", "int")]
    [InlineData("SERVER:Cache:MaxEntries", "global::System.TimeSpan?")]
    [InlineData("Größe:ÄÖÜ:İstanbul", "string")]
    [InlineData("Emoji:\U0001F600Ünits:\U00010400Deseret", "IReadOnlyList<string>")]
    [InlineData("Lone:\uD800Surrogate", "string")]
    public void Compute_AnyKeys_EqualsHashOfWholeCanonicalText(string path, string type)
    {
        var keys = new List<KeySpec>();
        for (var i = 0; i < 40; i++)
        {
            // Lines long enough to grow the line buffer, and every kind and role the enums hold.
            var longPath = path + ":" + new string('X', i * 7);
            keys.Add(new KeySpec(longPath, (KeyKind)(i % 3), type, null, (RoleKind)(i % 4), i % 2 == 0, i % 5 == 0, null));
        }

        Assert.Equal(XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(CanonicalText(keys))), SchemaHasher.Compute(keys));
    }

    [Fact]
    public void Compute_NoKeys_EqualsHashOfEmptyText()
        => Assert.Equal(XxHash3.HashToUInt64([]), SchemaHasher.Compute([]));

    // The canonical text as documented on SchemaHasher, built whole.
    private static string CanonicalText(List<KeySpec> keys)
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
