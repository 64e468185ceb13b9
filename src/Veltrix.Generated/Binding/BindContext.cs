using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;

namespace Veltrix;

/// <summary>
/// What a generated binder reads from and reports into: the merged data of every source, and the problems
/// found while binding and validating. Its parse methods follow <c>ConfigurationBinder</c>'s conversions
/// (invariant culture) without reflection or type converters.
/// </summary>
/// <remarks>
/// Each parse method takes the node a value came from, reports a failure with that node's key path and
/// origin, and returns the fallback so that binding can go on and collect every problem in one pass.
/// Messages for secret members never quote the value.
/// </remarks>
public sealed class BindContext
{
    private readonly List<ConfigError> _errors = [];

    // The elements each bound list got, by the list's key path: validation names an element by the key its source wrote.
    private Dictionary<string, ConfigNode[]>? _boundElements;

    /// <summary>Creates a context over merged data.</summary>
    /// <param name="root">The root of the merged data.</param>
    public BindContext(ConfigNode root) => Root = root ?? throw new ArgumentNullException(nameof(root));

    /// <summary>The root of the merged data.</summary>
    public ConfigNode Root { get; }

    /// <summary>
    /// The snapshot this bind will replace (the current one, on a reload), or <see langword="null"/>. A nested section
    /// whose values equal its counterpart here is bound as that instance, so that an unchanged section stays
    /// reference-equal from one snapshot to the next.
    /// </summary>
    public object? PreviousSnapshot { get; init; }

    /// <summary>Every problem reported so far.</summary>
    public IReadOnlyList<ConfigError> Errors => _errors;

    /// <summary>Whether any problem was reported.</summary>
    public bool HasErrors => _errors.Count > 0;

    /// <summary>Finds the node at a full key path, or null when no source set it.</summary>
    /// <param name="keyPath">The full key path; empty for the root.</param>
    public ConfigNode? Find(string keyPath) => keyPath.Length == 0 ? Root : Root.Find(keyPath);

    /// <summary>
    /// Where to point a problem with the key at <paramref name="keyPath"/>: its value when a source set one; for a
    /// section or list, where a file opened it; for a key no source set, where a file opened the section that should
    /// hold it. <see cref="ConfigOrigin.Unknown"/> when no source has that section in a file (a default applies, or
    /// only variables and arguments set keys beside it): a sibling's line would only mislead.
    /// </summary>
    /// <param name="keyPath">The full key path.</param>
    public ConfigOrigin OriginOf(string keyPath)
    {
        ArgumentNullException.ThrowIfNull(keyPath);
        var node = Root;
        var path = keyPath.AsSpan();
        while (path.Length > 0)
        {
            var colon = path.IndexOf(':');
            var child = node.GetChild(colon < 0 ? path : path[..colon]);
            if (child is null)
            {
                // Only the section that should hold the key explains its absence; a grandparent does not.
                return colon < 0 && node != Root ? SectionOrigin(node) : ConfigOrigin.Unknown;
            }

            node = child;
            path = colon < 0 ? [] : path[(colon + 1)..];
        }

        if (node.HasValue || node.IsEmptyContainer)
        {
            return node.Origin;
        }

        return node.ContainerOrigin.IsKnown ? node.ContainerOrigin : node.Origin;
    }

    private static ConfigOrigin SectionOrigin(ConfigNode section)
        => section.ContainerOrigin.IsKnown ? section.ContainerOrigin : ConfigOrigin.Unknown;

    /// <summary>Reports a problem with the value at <paramref name="keyPath"/>, locating it in its source.</summary>
    /// <param name="keyPath">The full key path.</param>
    /// <param name="message">What is wrong and what is expected; never the value of a secret.</param>
    /// <param name="rule">The rule that failed, such as <c>Range</c>.</param>
    public void AddError(string keyPath, string message, string rule)
        => _errors.Add(new ConfigError(keyPath, message, OriginOf(keyPath), rule));

    /// <summary>Reports a problem with a node's value.</summary>
    /// <param name="node">The node.</param>
    /// <param name="message">What is wrong and what is expected; never the value of a secret.</param>
    /// <param name="rule">The rule that failed.</param>
    public void AddError(ConfigNode node, string message, string rule)
    {
        ArgumentNullException.ThrowIfNull(node);
        _errors.Add(new ConfigError(node.Path, message, node.Origin, rule));
    }

    /// <summary>Reports a required key that no source provided.</summary>
    /// <param name="keyPath">The full key path.</param>
    public void Missing(string keyPath)
    {
        ArgumentNullException.ThrowIfNull(keyPath);

        // Point at the enclosing section where a file opens it, which is where the key belongs; an environment
        // variable or argument that set a sibling key, or the sibling's own line, would only mislead.
        var origin = OriginOf(keyPath);
        _errors.Add(new ConfigError(keyPath, ValidationMessages.KeyRequired(), origin.Line > 0 ? origin : ConfigOrigin.Unknown, "Required"));
    }

    /// <summary>
    /// Checks that a node can be bound as a section: it must not be a plain value. Reports a problem and
    /// returns <see langword="false"/> otherwise.
    /// </summary>
    /// <param name="node">The node at the section's key.</param>
    public bool IsSection(ConfigNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node.HasValue && node.Value is { Length: > 0 } && !node.HasChildren)
        {
            AddError(node, ValidationMessages.ExpectedSection(), "Type");
            return false;
        }

        return true;
    }

    /// <summary>
    /// The elements of a list, in index order (indices compacted, as <c>ConfigurationBinder</c> does), merged index by
    /// index across sources (<see cref="ListMergeMode.ByIndex"/>): a later source that sets <c>Key:0:Field</c> patches
    /// that field of that element, and an index past the end adds an element. An empty array, or null, replaces
    /// what earlier sources listed.
    /// </summary>
    /// <param name="node">The node at the list's key, or null.</param>
    /// <returns>The element nodes; empty when no source set the list.</returns>
    public IReadOnlyList<ConfigNode> Elements(ConfigNode? node) => Elements(node, ListMergeMode.ByIndex, scalarElements: false);

    /// <summary>The elements of a list merged as <paramref name="mode"/> says; see <see cref="Elements(ConfigNode?)"/>.</summary>
    /// <param name="node">The node at the list's key, or null.</param>
    /// <param name="mode">How the list combines its sources.</param>
    /// <returns>The element nodes; empty when no source set the list.</returns>
    public IReadOnlyList<ConfigNode> Elements(ConfigNode? node, ListMergeMode mode) => Elements(node, mode, scalarElements: false);

    /// <summary>
    /// The elements of a list of values (strings, numbers, …): as <see cref="Elements(ConfigNode?)"/>, except that an
    /// element written as an object is left out, as <c>ConfigurationBinder</c> leaves it out, so that a file it
    /// accepts starts the app.
    /// </summary>
    /// <param name="node">The node at the list's key, or null.</param>
    /// <returns>The element nodes; empty when no source set the list.</returns>
    public IReadOnlyList<ConfigNode> ScalarElements(ConfigNode? node) => Elements(node, ListMergeMode.ByIndex, scalarElements: true);

    /// <summary>The elements of a list of values merged as <paramref name="mode"/> says; see <see cref="ScalarElements(ConfigNode?)"/>.</summary>
    /// <param name="node">The node at the list's key, or null.</param>
    /// <param name="mode">How the list combines its sources.</param>
    /// <returns>The element nodes; empty when no source set the list.</returns>
    public IReadOnlyList<ConfigNode> ScalarElements(ConfigNode? node, ListMergeMode mode) => Elements(node, mode, scalarElements: true);

    // With ListMergeMode.Replace, a source that states the whole list (a JSON array) replaces the elements of earlier
    // sources, and later single-element keys still patch it. Elements of a list of values written as objects are
    // left out when scalarElements is set.
    private ConfigNode[] Elements(ConfigNode? node, ListMergeMode mode, bool scalarElements)
    {
        if (node is null)
        {
            return [];
        }

        var owner = ListOwner(node, mode);
        if (node.HasValue && node.Value is { Length: > 0 } && !HasElementsFrom(node, owner))
        {
            // A single value where a list belongs, with no element to bind: a mistake to report, not an empty list.
            // Beside elements it is ignored, as ConfigurationBinder ignores it.
            AddError(node, ValidationMessages.ExpectedList(), "Type");
            return [];
        }

        var elements = new List<(long Index, ConfigNode Node)>(node.Children.Count);
        foreach (var child in node.ChildSpan)
        {
            if (child.MaxSourceIndex < owner)
            {
                continue;
            }

            if (!long.TryParse(child.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                AddError(child, ValidationMessages.NotAListIndex(child.Key), "Type");
                continue;
            }

            if (scalarElements && IsSectionOnly(child))
            {
                continue;
            }

            elements.Add((index, NeedsPruning(child, owner) ? child.PruneTo(node, owner)! : child));
        }

        elements.Sort(static (a, b) => a.Index.CompareTo(b.Index));
        var result = new ConfigNode[elements.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = elements[i].Node;
        }

        (_boundElements ??= new(StringComparer.OrdinalIgnoreCase))[node.Path] = result;
        return result;
    }

    /// <summary>
    /// The key path of the element at <paramref name="index"/> of a bound list, as its source wrote it: indices are
    /// compacted when bound, so element 1 may come from <c>Key:5</c>.
    /// </summary>
    /// <param name="listPath">The full key path of the list.</param>
    /// <param name="index">The index of the element in the bound list.</param>
    /// <returns>The element's key path; <c>listPath:index</c> when no source set the list.</returns>
    public string ElementPath(string listPath, int index)
    {
        ArgumentNullException.ThrowIfNull(listPath);
        return _boundElements is not null && _boundElements.TryGetValue(listPath, out var elements) && (uint)index < (uint)elements.Length
            ? elements[index].Path
            : GeneratedKeyPath.Combine(listPath, index);
    }

    /// <summary>The entries of a dictionary section. Entries merge key by key across sources.</summary>
    /// <param name="node">The node at the dictionary's key, or null.</param>
    /// <returns>The entry nodes; empty when no source set the dictionary.</returns>
    public IReadOnlyList<ConfigNode> Entries(ConfigNode? node) => Entries(node, scalarEntries: false);

    /// <summary>
    /// The entries of a dictionary of values: as <see cref="Entries(ConfigNode?)"/>, except that an entry written as
    /// an object (a metadata bag's nested document) is left out, as <c>ConfigurationBinder</c> leaves it out, so
    /// that a file it accepts starts the app.
    /// </summary>
    /// <param name="node">The node at the dictionary's key, or null.</param>
    /// <returns>The entry nodes; empty when no source set the dictionary.</returns>
    public IReadOnlyList<ConfigNode> ScalarEntries(ConfigNode? node) => Entries(node, scalarEntries: true);

    private IReadOnlyList<ConfigNode> Entries(ConfigNode? node, bool scalarEntries)
    {
        if (node is null)
        {
            return [];
        }

        if (node.HasValue && node.Value is { Length: > 0 } && !node.HasChildren)
        {
            AddError(node, ValidationMessages.ExpectedEntries(), "Type");
            return [];
        }

        if (!scalarEntries)
        {
            return node.Children;
        }

        // Copied only when an entry is left out; the children before the first such entry are all kept.
        List<ConfigNode>? kept = null;
        var children = node.Children;
        for (var i = 0; i < children.Count; i++)
        {
            if (!IsSectionOnly(children[i]))
            {
                kept?.Add(children[i]);
            }
            else if (kept is null)
            {
                kept = new List<ConfigNode>(children.Count);
                for (var j = 0; j < i; j++)
                {
                    kept.Add(children[j]);
                }
            }
        }

        return kept ?? children;
    }

    /// <summary>Whether a node has keys of its own and no value: an object where a value belongs.</summary>
    private static bool IsSectionOnly(ConfigNode node) => node.HasChildren && node.Value is null;

    /// <summary>Parses an integer, decimal or with a <c>0x</c>/<c>&amp;h</c>/<c>#</c> hex prefix.</summary>
    /// <typeparam name="T">The integer type.</typeparam>
    /// <param name="node">The node holding the value.</param>
    /// <param name="secret">Whether the member is a secret.</param>
    /// <param name="fallback">Returned when the value is invalid.</param>
    public T ParseInteger<T>(ConfigNode node, bool secret, T fallback)
        where T : IBinaryInteger<T>
        => TryText(node, typeof(T).Name, out var text) && TryParseInteger(text, out T value)
            ? value
            : Fail(node, secret, typeof(T).Name, fallback);

    /// <summary>Parses a nullable integer; an empty or null value gives null.</summary>
    /// <typeparam name="T">The integer type.</typeparam>
    /// <param name="node">The node holding the value.</param>
    /// <param name="secret">Whether the member is a secret.</param>
    /// <param name="fallback">Returned when the value is invalid.</param>
    public T? ParseNullableInteger<T>(ConfigNode node, bool secret, T? fallback)
        where T : struct, IBinaryInteger<T>
    {
        if (IsNullOrEmpty(node))
        {
            return null;
        }

        return ParseInteger(node, secret, fallback ?? default);
    }

    /// <summary>Parses a floating-point or decimal number (<see cref="NumberStyles.Float"/>).</summary>
    /// <typeparam name="T">The number type.</typeparam>
    /// <param name="node">The node holding the value.</param>
    /// <param name="secret">Whether the member is a secret.</param>
    /// <param name="fallback">Returned when the value is invalid.</param>
    public T ParseFloat<T>(ConfigNode node, bool secret, T fallback)
        where T : INumberBase<T>
        => TryText(node, typeof(T).Name, out var text)
            && T.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                ? value
                : Fail(node, secret, typeof(T).Name, fallback);

    /// <summary>Parses a nullable floating-point or decimal number; an empty or null value gives null.</summary>
    /// <typeparam name="T">The number type.</typeparam>
    /// <param name="node">The node holding the value.</param>
    /// <param name="secret">Whether the member is a secret.</param>
    /// <param name="fallback">Returned when the value is invalid.</param>
    public T? ParseNullableFloat<T>(ConfigNode node, bool secret, T? fallback)
        where T : struct, INumberBase<T>
        => IsNullOrEmpty(node) ? null : ParseFloat(node, secret, fallback ?? default);

    /// <summary>
    /// Parses a value of a type with its own invariant-culture parser: <see cref="TimeSpan"/>,
    /// <see cref="DateTime"/>, <see cref="DateTimeOffset"/>, <see cref="DateOnly"/>, <see cref="TimeOnly"/>,
    /// <see cref="Guid"/>, <see cref="Version"/>.
    /// </summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="node">The node holding the value.</param>
    /// <param name="secret">Whether the member is a secret.</param>
    /// <param name="fallback">Returned when the value is invalid.</param>
    public T Parse<T>(ConfigNode node, bool secret, T fallback)
        where T : ISpanParsable<T>
        => TryText(node, typeof(T).Name, out var text)
            && T.TryParse(text.Trim(), CultureInfo.InvariantCulture, out var value)
                ? value
                : Fail(node, secret, typeof(T).Name, fallback);

    /// <summary>Parses a nullable value of a type with its own parser; an empty or null value gives null.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="node">The node holding the value.</param>
    /// <param name="secret">Whether the member is a secret.</param>
    /// <param name="fallback">Returned when the value is invalid.</param>
    public T? ParseNullable<T>(ConfigNode node, bool secret, T? fallback)
        where T : struct, ISpanParsable<T>
        => IsNullOrEmpty(node) ? null : Parse(node, secret, fallback ?? default);

    /// <summary>Parses a <see cref="Version"/>; an empty or null value gives null.</summary>
    /// <param name="node">The node holding the value.</param>
    /// <param name="secret">Whether the member is a secret.</param>
    /// <param name="fallback">Returned when the value is invalid.</param>
    public Version? ParseVersion(ConfigNode node, bool secret, Version? fallback)
    {
        if (IsNullOrEmpty(node))
        {
            return null;
        }

        return TryText(node, nameof(Version), out var text) && Version.TryParse(text, out var value)
            ? value
            : Fail(node, secret, nameof(Version), fallback);
    }

    /// <summary>Parses <c>true</c> or <c>false</c>, case-insensitively.</summary>
    /// <param name="node">The node holding the value.</param>
    /// <param name="secret">Whether the member is a secret.</param>
    /// <param name="fallback">Returned when the value is invalid.</param>
    public bool ParseBoolean(ConfigNode node, bool secret, bool fallback)
        => TryText(node, "Boolean", out var text) && bool.TryParse(text, out var value)
            ? value
            : Fail(node, secret, "Boolean", fallback);

    /// <summary>Parses a nullable Boolean; an empty or null value gives null.</summary>
    /// <param name="node">The node holding the value.</param>
    /// <param name="secret">Whether the member is a secret.</param>
    /// <param name="fallback">Returned when the value is invalid.</param>
    public bool? ParseNullableBoolean(ConfigNode node, bool secret, bool? fallback)
        => IsNullOrEmpty(node) ? null : ParseBoolean(node, secret, fallback ?? false);

    /// <summary>Parses a single character.</summary>
    /// <param name="node">The node holding the value.</param>
    /// <param name="secret">Whether the member is a secret.</param>
    /// <param name="fallback">Returned when the value is invalid.</param>
    public char ParseChar(ConfigNode node, bool secret, char fallback)
    {
        if (!TryText(node, "Char", out var text))
        {
            return fallback;
        }

        // As CharConverter: a longer text is trimmed, so " a " is 'a' but " " stays a space.
        var span = text.Length > 1 ? text.AsSpan().Trim() : text.AsSpan();
        return span.Length == 1 ? span[0] : Fail(node, secret, "Char", fallback);
    }

    /// <summary>Parses a nullable character; an empty or null value gives null.</summary>
    /// <param name="node">The node holding the value.</param>
    /// <param name="secret">Whether the member is a secret.</param>
    /// <param name="fallback">Returned when the value is invalid.</param>
    public char? ParseNullableChar(ConfigNode node, bool secret, char? fallback)
        => IsNullOrEmpty(node) ? null : ParseChar(node, secret, fallback ?? default);

    /// <summary>
    /// Parses an enum by name (case-insensitive) or by the number of a defined member; for <c>[Flags]</c> enums also
    /// as a comma list of names, or a number whose every bit is a defined flag. Unlike ConfigurationBinder, an
    /// undefined number (<c>7</c> for an enum of two members) and a comma list for an enum without <c>[Flags]</c>
    /// are rejected.
    /// </summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="node">The node holding the value.</param>
    /// <param name="secret">Whether the member is a secret.</param>
    /// <param name="fallback">Returned when the value is invalid.</param>
    public TEnum ParseEnum<TEnum>(ConfigNode node, bool secret, TEnum fallback)
        where TEnum : struct, Enum
        => TryText(node, typeof(TEnum).Name, out var text) && Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && EnumValues<TEnum>.IsDefined(text, value)
            ? value
            : FailEnum(node, secret, fallback);

    /// <summary>Parses a nullable enum; an empty or null value gives null.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="node">The node holding the value.</param>
    /// <param name="secret">Whether the member is a secret.</param>
    /// <param name="fallback">Returned when the value is invalid.</param>
    public TEnum? ParseNullableEnum<TEnum>(ConfigNode node, bool secret, TEnum? fallback)
        where TEnum : struct, Enum
        => IsNullOrEmpty(node) ? null : ParseEnum(node, secret, fallback ?? default);

    /// <summary>Reads a string. An explicit null gives null; a section is an error.</summary>
    /// <param name="node">The node holding the value.</param>
    /// <param name="secret">Whether the member is a secret.</param>
    /// <param name="fallback">Returned when the node is a section.</param>
    public string? ParseString(ConfigNode node, bool secret, string? fallback)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node.HasValue)
        {
            return node.Value;
        }

        if (node.HasChildren)
        {
            AddError(node, ValidationMessages.ExpectedValue("String", "a section"), "Type");
        }

        return fallback;
    }

    /// <summary>Parses an absolute or relative <see cref="Uri"/>; an empty or null value gives null.</summary>
    /// <param name="node">The node holding the value.</param>
    /// <param name="secret">Whether the member is a secret.</param>
    /// <param name="fallback">Returned when the value is invalid.</param>
    public Uri? ParseUri(ConfigNode node, bool secret, Uri? fallback)
    {
        if (IsNullOrEmpty(node))
        {
            return null;
        }

        return TryText(node, nameof(Uri), out var text) && Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out var value)
            ? value
            : Fail(node, secret, nameof(Uri), fallback);
    }

    private static bool IsNullOrEmpty(ConfigNode node)
        => node.IsNull || (!node.HasChildren && (node.IsEmptyContainer || (node.HasValue && node.Value is { Length: 0 })));

    private static bool TryParseInteger<T>(string text, out T value)
        where T : IBinaryInteger<T>
    {
        var span = text.AsSpan().Trim();
        if (span.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || span.StartsWith("&h", StringComparison.OrdinalIgnoreCase))
        {
            return T.TryParse(span[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value!);
        }

        if (span.StartsWith('#'))
        {
            return T.TryParse(span[1..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value!);
        }

        return T.TryParse(span, NumberStyles.Integer, CultureInfo.InvariantCulture, out value!);
    }

    private bool TryText(ConfigNode node, string typeName, out string text)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node.HasValue && node.Value is not null && !node.HasChildren)
        {
            text = node.Value;
            return true;
        }

        text = string.Empty;
        // Null reaches a parser only as a list element or dictionary entry: on a member it means "not set".
        var message = node.HasChildren ? ValidationMessages.ExpectedValue(typeName, "a section")
            : node.IsEmptyContainer ? ValidationMessages.ExpectedValue(typeName, "an empty array or object")
            : ValidationMessages.NullElement(typeName);
        AddError(node, message, "Type");
        return false;
    }

    private T Fail<T>(ConfigNode node, bool secret, string typeName, T fallback)
    {
        // TryText already reported a shape problem; only a text that does not parse is reported here.
        if (node.HasValue && node.Value is not null && !node.HasChildren)
        {
            AddError(node, ValidationMessages.NotValid(node.Value, secret, typeName), "Type");
        }

        return fallback;
    }

    private TEnum FailEnum<TEnum>(ConfigNode node, bool secret, TEnum fallback)
        where TEnum : struct, Enum
    {
        if (node.HasValue && node.Value is not null && !node.HasChildren)
        {
            AddError(node, ValidationMessages.NotAnEnumValue(node.Value, secret, typeof(TEnum).Name, EnumValues<TEnum>.IsFlags, Enum.GetNames<TEnum>()), "Type");
        }

        return fallback;
    }

    /// <summary>
    /// The last source whose statement replaces the list: an empty array or object, or null, and in
    /// <see cref="ListMergeMode.Replace"/> a JSON array; -1 when every source merges index by index.
    /// </summary>
    internal static int ListOwner(ConfigNode node, ListMergeMode mode)
    {
        var owner = mode == ListMergeMode.Replace ? node.ListSourceIndex : -1;
        if ((node.IsEmptyContainer || (node.HasValue && node.Value is null)) && node.SourceIndex > owner)
        {
            owner = node.SourceIndex;
        }

        return owner;
    }

    private static bool HasElementsFrom(ConfigNode node, int owner)
    {
        foreach (var child in node.ChildSpan)
        {
            if (child.MaxSourceIndex >= owner)
            {
                return true;
            }
        }

        return false;
    }

    private static bool NeedsPruning(ConfigNode node, int owner)
    {
        if ((node.HasValue || node.IsEmptyContainer) && node.SourceIndex < owner)
        {
            return true;
        }

        foreach (var child in node.ChildSpan)
        {
            if (NeedsPruning(child, owner))
            {
                return true;
            }
        }

        return false;
    }
}
