using System;
using System.Collections.Generic;
using Veltrix.Generators.Models;

namespace Veltrix.Generators.Emitting;

/// <summary>
/// What the emitter of one root needs across concerns: each section's method-name stem, each collection member
/// ("site") with its own helper methods, and the static fields of validation rules.
/// </summary>
internal sealed class EmitScope
{
    private readonly Dictionary<string, SectionSpec> _sections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _stems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CollectionSite> _sites = new(StringComparer.Ordinal);
    private readonly List<CollectionSite> _siteList = [];

    // Section types reached through a [Secret] member, at any depth: their values are as secret as that member. A type
    // also used elsewhere is treated as secret there too, since its bind and validate methods are shared.
    private readonly HashSet<string> _secretSections = new(StringComparer.Ordinal);

    public EmitScope(ConfigSpec spec)
    {
        Spec = spec;
        var usedStems = new HashSet<string>(StringComparer.Ordinal);
        AddSection(spec.Root, usedStems);
        foreach (var section in spec.Sections)
        {
            AddSection(section, usedStems);
        }

        foreach (var section in AllSections)
        {
            foreach (var member in section.Members)
            {
                if (member.IsSecret)
                {
                    MarkSecret(member.Type);
                }
            }
        }

        foreach (var section in AllSections)
        {
            foreach (var member in section.Members)
            {
                if (IsCollection(member.Type.Kind))
                {
                    AddSite(Stem(section) + "_" + member.Name, section.Name + "." + member.Name, member.Type, IsSecret(section, member), member.ReplacesList);
                }
            }
        }
    }

    public ConfigSpec Spec { get; }

    /// <summary>The root first, then every other section in first-reached order.</summary>
    public IEnumerable<SectionSpec> AllSections
    {
        get
        {
            yield return Spec.Root;
            foreach (var section in Spec.Sections)
            {
                yield return section;
            }
        }
    }

    /// <summary>Every collection member of every section, in section then declaration order.</summary>
    public IReadOnlyList<CollectionSite> Sites => _siteList;

    /// <summary>Static fields of the nested <c>Rules</c> class: cached regular expressions and computed bounds.</summary>
    public List<RuleField> RuleFields { get; } = [];

    public static bool IsCollection(MemberTypeKind kind) => kind >= MemberTypeKind.Array;

    public static bool IsDictionary(MemberTypeKind kind) => kind is MemberTypeKind.Dictionary or MemberTypeKind.IReadOnlyDictionary or MemberTypeKind.IDictionary;

    /// <summary>Whether a list kind has no indexer of its own and is read through <c>IReadOnlyList&lt;T&gt;</c>.</summary>
    public static bool IsSequence(MemberTypeKind kind) => kind is MemberTypeKind.Sequence or MemberTypeKind.Set;

    /// <summary>The section type a section-typed member or element refers to.</summary>
    public SectionSpec SectionOf(TypeSpec type)
        => _sections.TryGetValue(type.NonNullableFullName, out var section)
            ? section
            : throw new InvalidOperationException("The spec does not list section type " + type.NonNullableFullName + ".");

    /// <summary>
    /// Whether a member's value is secret: marked <c>[Secret]</c>, or inside a section reached through a secret member.
    /// Messages then show neither its value nor its length.
    /// </summary>
    public bool IsSecret(SectionSpec section, MemberSpec member) => member.IsSecret || _secretSections.Contains(section.FullName);

    private void MarkSecret(TypeSpec type)
    {
        while (type.Element is { } element)
        {
            type = element;
        }

        if (type.Kind == MemberTypeKind.Section && _secretSections.Add(type.NonNullableFullName) && _sections.TryGetValue(type.NonNullableFullName, out var section))
        {
            foreach (var member in section.Members)
            {
                MarkSecret(member.Type);
            }
        }
    }

    /// <summary>The method-name stem of a section: its simple name, numbered when two sections share one.</summary>
    public string Stem(SectionSpec section) => _stems[section.FullName];

    /// <summary>The site of a collection member.</summary>
    public CollectionSite SiteOf(SectionSpec section, MemberSpec member) => _sites[Stem(section) + "_" + member.Name];

    private void AddSection(SectionSpec section, HashSet<string> usedStems)
    {
        if (_sections.ContainsKey(section.FullName))
        {
            return;
        }

        _sections.Add(section.FullName, section);
        var stem = section.Name;
        for (var n = 2; !usedStems.Add(stem); n++)
        {
            stem = section.Name + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        _stems.Add(section.FullName, stem);
    }

    private CollectionSite AddSite(string name, string member, TypeSpec type, bool isSecret, bool replacesList)
    {
        var element = type.Element ?? throw new InvalidOperationException("Collection type " + type.FullName + " has no element type.");

        // A collection of collections: the elements get a site of their own (Hosts → Hosts__Item), bound and
        // compared by its own helpers; its merge mode is always by index.
        CollectionSite? elementSite = null;
        if (IsCollection(element.Kind))
        {
            var itemName = name + "__Item";
            for (var n = 2; _sites.ContainsKey(itemName); n++)
            {
                itemName = name + "__Item" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            elementSite = AddSite(itemName, member + "[…]", element, isSecret, replacesList: false);
        }

        var site = new CollectionSite(name, member, type, isSecret, element.Kind == MemberTypeKind.Section ? SectionOf(element) : null, replacesList, elementSite);
        _sites.Add(name, site);
        _siteList.Add(site);
        return site;
    }
}

/// <summary>
/// A collection member and the name of its helper methods: <c>Bind_&lt;Name&gt;</c>, <c>Same_&lt;Name&gt;</c>,
/// <c>Diff_&lt;Name&gt;</c>, <c>Validate_&lt;Name&gt;</c>, <c>TryGetValue_&lt;Name&gt;</c>.
/// </summary>
internal sealed class CollectionSite(string name, string member, TypeSpec type, bool isSecret, SectionSpec? elementSection, bool replacesList, CollectionSite? elementSite)
{
    public string Name { get; } = name;

    /// <summary>The member as a reader names it in doc comments: <c>ServerConfig.Hosts</c>.</summary>
    public string Member { get; } = member;

    /// <summary>The member and its type for doc comments, XML-escaped: <c>ServerConfig.Hosts</c> (<c>IReadOnlyList&lt;string&gt;</c>).</summary>
    public string DocName => "<c>" + CSharp.Xml(Member) + "</c> (<c>" + CSharp.Xml(Type.DisplayName.TrimEnd('?')) + "</c>)";

    /// <summary>The collection type as declared (possibly nullable).</summary>
    public TypeSpec Type { get; } = type;

    /// <summary>The element (dictionary value) type.</summary>
    public TypeSpec Element => Type.Element!;

    /// <summary>Whether the member is secret; scalar elements inherit it.</summary>
    public bool IsSecret { get; } = isSecret;

    /// <summary>The section of section elements; null for scalar and collection elements.</summary>
    public SectionSpec? ElementSection { get; } = elementSection;

    /// <summary>The site of collection elements (a list of lists, a dictionary of arrays); null otherwise.</summary>
    public CollectionSite? ElementSite { get; } = elementSite;

    public bool IsDictionary => EmitScope.IsDictionary(Type.Kind);

    /// <summary>Whether a JSON array replaces earlier sources' elements (<c>[ListMerge(ListMergeMode.Replace)]</c>) instead of merging index by index.</summary>
    public bool ReplacesList { get; } = replacesList;
}

/// <summary>A static readonly field of the generated <c>Rules</c> class.</summary>
internal sealed record RuleField(string Type, string Name, string Initializer);
