using System;
using System.Collections.Generic;
using Veltrix.Generators.Models;

namespace Veltrix.Generators.Parsing;

/// <summary>
/// Flattens a root section into the schema's key rows: values, sections with their members beneath, lists and
/// dictionaries with their elements as <c>*</c>.
/// </summary>
internal sealed class KeyFlattener
{
    private readonly Dictionary<string, SectionSpec> _sections;
    private readonly List<KeySpec> _keys = [];

    private KeyFlattener(Dictionary<string, SectionSpec> sections) => _sections = sections;

    /// <summary>Orders key paths ordinally ignoring case, then ordinally (so the order is total and stable).</summary>
    public static int ComparePaths(string x, string y)
    {
        var result = StringComparer.OrdinalIgnoreCase.Compare(x, y);
        return result != 0 ? result : StringComparer.Ordinal.Compare(x, y);
    }

    /// <summary>Every key under <paramref name="sectionPath"/>, sorted by <see cref="ComparePaths"/>.</summary>
    /// <remarks>
    /// Element rows (<c>…:*</c>) carry the collection member's role and secrecy, and a secret member makes every key
    /// beneath it secret, so that a redacting reader can decide from any single row.
    /// </remarks>
    public static List<KeySpec> Flatten(string sectionPath, SectionSpec root, IReadOnlyList<SectionSpec> sections)
    {
        var byName = new Dictionary<string, SectionSpec>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            byName[section.FullName] = section;
        }

        var flattener = new KeyFlattener(byName);
        flattener.AddSection(sectionPath, root, isSecret: false);
        flattener._keys.Sort(static (a, b) => ComparePaths(a.Path, b.Path));
        return flattener._keys;
    }

    private void AddSection(string prefix, SectionSpec section, bool isSecret)
    {
        foreach (var member in section.Members)
        {
            var path = prefix.Length == 0 ? member.Key : prefix + ":" + member.Key;
            var secret = isSecret || member.IsSecret;
            var type = member.Type;
            var kind = KindOf(type);
            _keys.Add(new KeySpec(
                path,
                kind,
                type.DisplayName,
                secret || kind != KeyKind.Value ? null : member.DefaultValueText,
                member.Role,
                secret,
                member.IsRequiredKey,
                member.Description,
                member.ReplacesList));

            if (type.Kind == MemberTypeKind.Section)
            {
                AddSection(path, _sections[type.NonNullableFullName], secret);
            }
            else if (type.Element is { } element)
            {
                AddElement(path + ":*", element, member.Role, secret);
            }
        }
    }

    private void AddElement(string path, TypeSpec element, RoleKind role, bool isSecret)
    {
        var kind = KindOf(element);
        _keys.Add(new KeySpec(path, kind, element.DisplayName, null, kind == KeyKind.Value ? role : RoleKind.None, isSecret, false, null));
        if (kind == KeyKind.Section)
        {
            AddSection(path, _sections[element.NonNullableFullName], isSecret);
        }
        else if (element.Element is { } inner)
        {
            // A collection of collections: its elements' elements are keyed one level deeper (Routes:*:*).
            AddElement(path + ":*", inner, role, isSecret);
        }
    }

    private static KeyKind KindOf(TypeSpec type) => type.Kind switch
    {
        MemberTypeKind.Scalar => KeyKind.Value,
        MemberTypeKind.Section => KeyKind.Section,
        MemberTypeKind.Dictionary or MemberTypeKind.IReadOnlyDictionary or MemberTypeKind.IDictionary => KeyKind.Dictionary,
        _ => KeyKind.List,
    };
}
