using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Veltrix.Analyzers.ConfigSchema;
using Veltrix.Analyzers.Diagnostics;
using Veltrix.Analyzers.Json;
using Veltrix.Generators.Models;

namespace Veltrix.Analyzers.ConfigFiles;

/// <summary>
/// Walks one parsed configuration file against the schemas of the compilation: every key under a schema's section
/// must be a key of the schema, and every value must bind to its member's type and pass its validation attributes.
/// Keys match case-insensitively; a property name with <c>:</c> (<c>"Cache:MaxEntries": 5</c>) is the nested key it
/// spells, as the runtime flattens it. A schema whose section lies inside another's (<c>[VeltrixConfig("Caching")]</c>
/// beside <c>[VeltrixConfig("Caching:Apps")]</c>) owns the keys under its section, which are checked against it. Keys
/// outside every schema's section belong to other libraries and are left alone, as is a top-level <c>"$schema"</c>,
/// which editors read and no schema binds.
/// </summary>
internal sealed class ConfigFileWalker
{
    /// <summary>The key editors read the JSON Schema address from.</summary>
    public const string SchemaPointerKey = "$schema";

    private const string UnknownKeyAdvice = "no member has this key; remove it or fix its name";

    private readonly ImmutableArray<SchemaRoot> _roots;
    private readonly ConfigFileLocator _locator;
    private readonly Action<Diagnostic> _report;
    private readonly List<ConfigValueSite> _sites = [];

    // Members whose values messages never show.
    private readonly SchemaSecrets _secrets;

    /// <summary>Creates a walker for one file.</summary>
    /// <param name="roots">The schemas.</param>
    /// <param name="secrets">Which of their members are secret.</param>
    /// <param name="locator">Turns spans into locations in the file.</param>
    /// <param name="report">Receives the diagnostics.</param>
    public ConfigFileWalker(ImmutableArray<SchemaRoot> roots, SchemaSecrets secrets, ConfigFileLocator locator, Action<Diagnostic> report)
    {
        _roots = roots;
        _secrets = secrets;
        _locator = locator;
        _report = report;
    }

    /// <summary>The values that bound, for the setting rules.</summary>
    public IReadOnlyList<ConfigValueSite> Sites => _sites;

    /// <summary>Walks the file's root object.</summary>
    /// <param name="root">The root object.</param>
    public void Walk(JsonNode root)
    {
        foreach (var property in root.Properties)
        {
            if (string.Equals(property.Name, SchemaPointerKey, StringComparison.Ordinal))
            {
                continue;
            }

            VisitOutside(string.Empty, Split(property.Name), 0, property.NameSpan, property.Value, null);
        }
    }

    /// <summary>Splits a JSON property name into key segments.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The segments.</returns>
    public static string[] Split(string name) => name.Split(':');

    // Above every schema's section, or inside an outer schema's section on the way to an inner schema's
    // ([VeltrixConfig("Caching")] beside [VeltrixConfig("Caching:Apps")]): follow the path until it reaches a section,
    // or leaves every schema. Inside an outer schema (enclosing), a path that leads to no schema is an unknown key of it.
    private void VisitOutside(string prefix, string[] segments, int index, TextSpan nameSpan, JsonNode value, SchemaSection? enclosing)
    {
        var path = prefix.Length == 0 ? segments[index] : prefix + ":" + segments[index];
        if (RootAt(path) is { } root)
        {
            VisitTyped(null, null, SectionType(root), path, segments, index + 1, nameSpan, value);
            return;
        }

        if (!IsAboveRoot(path))
        {
            if (enclosing is not null)
            {
                var suggestion = NameSuggestion.Closest(segments[index], RootSegmentsBelow(prefix));
                ReportUnknown(nameSpan, segments[index], prefix, enclosing, suggestion is null ? UnknownKeyAdvice : "no member or schema section has this key; did you mean '" + suggestion + "'?");
            }
            else if (RootAt(string.Empty) is { } top && prefix.Length == 0)
            {
                // Keys beside a root-level schema's own keys are still that schema's.
                VisitSectionEntry(top.Section, string.Empty, segments, index, nameSpan, value);
            }

            return;
        }

        VisitBelow(path, segments, index + 1, nameSpan, value, enclosing);
    }

    // The rest of a path that is above a schema's section: the remaining segments of the name, or the object's keys.
    private void VisitBelow(string path, string[] segments, int index, TextSpan nameSpan, JsonNode value, SchemaSection? enclosing)
    {
        if (index < segments.Length)
        {
            VisitOutside(path, segments, index, nameSpan, value, enclosing);
        }
        else if (value.Kind == JsonNodeKind.Object)
        {
            foreach (var child in value.Properties)
            {
                VisitOutside(path, Split(child.Name), 0, child.NameSpan, child.Value, enclosing);
            }
        }
    }

    // The next segment of every schema section below prefix: what a key there could have meant.
    private List<string> RootSegmentsBelow(string prefix)
    {
        var segments = new List<string>();
        foreach (var root in _roots)
        {
            if (root.SectionPath.Length > prefix.Length
                && root.SectionPath[prefix.Length] == ':'
                && root.SectionPath.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var rest = root.SectionPath.Substring(prefix.Length + 1);
                var end = rest.IndexOf(':');
                segments.Add(end < 0 ? rest : rest.Substring(0, end));
            }
        }

        return segments;
    }

    private static SchemaType SectionType(SchemaRoot root)
        => new(SchemaTypeKind.Section, root.Type.Name, ScalarKind.None, true, false, [], false, null, root.Section);

    private SchemaRoot? RootAt(string path)
    {
        foreach (var root in _roots)
        {
            if (string.Equals(root.SectionPath, path, StringComparison.OrdinalIgnoreCase))
            {
                return root;
            }
        }

        return null;
    }

    private bool IsAboveRoot(string path)
    {
        foreach (var root in _roots)
        {
            if (root.SectionPath.Length > path.Length
                && root.SectionPath[path.Length] == ':'
                && root.SectionPath.StartsWith(path, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private void VisitSectionEntry(SchemaSection section, string sectionPath, string[] segments, int index, TextSpan nameSpan, JsonNode value)
    {
        var key = segments[index];
        var path = sectionPath.Length == 0 ? key : sectionPath + ":" + key;
        if (!section.TryGet(key, out var member))
        {
            // Another schema's section inside this one is that schema's to check, key by key.
            if (RootAt(path) is { } inner)
            {
                VisitTyped(null, null, SectionType(inner), path, segments, index + 1, nameSpan, value);
                return;
            }

            if (IsAboveRoot(path))
            {
                VisitBelow(path, segments, index + 1, nameSpan, value, sectionPath.Length == 0 ? null : section);
                return;
            }

            string advice;
            if (section.TryGetUnbound(key, out var unbound))
            {
                // The key names a real member: "unknown" would send the reader looking for a typo that is not there.
                advice = unbound.Reason;
            }
            else
            {
                var suggestion = NameSuggestion.Closest(key, Keys(section));

                // A schema bound at the configuration root shares the top level with every other component of the app
                // ("Logging", "AllowedHosts", "Kestrel"): only a likely misspelling of one of its own keys is reported there.
                if (suggestion is null && sectionPath.Length == 0)
                {
                    return;
                }

                advice = suggestion is null ? UnknownKeyAdvice : "no member has this key; did you mean '" + suggestion + "'?";
            }

            ReportUnknown(nameSpan, key, sectionPath, section, advice);
            return;
        }

        VisitTyped(section, member, member.Type, path, segments, index + 1, nameSpan, value);
    }

    private static List<string> Keys(SchemaSection section)
    {
        var keys = new List<string>(section.Members.Count);
        foreach (var member in section.Members)
        {
            keys.Add(member.Key);
        }

        return keys;
    }

    private void VisitTyped(SchemaSection? owner, SchemaMember? member, SchemaType type, string path, string[] segments, int index, TextSpan nameSpan, JsonNode value)
    {
        if (index < segments.Length)
        {
            VisitSegment(member, type, path, segments, index, nameSpan, value);
            return;
        }

        switch (type.Kind)
        {
            case SchemaTypeKind.Scalar:
                if (member is not null)
                {
                    VisitScalar(owner, member, type, path, value);
                }

                break;
            case SchemaTypeKind.Section:
                VisitSection(type, path, value);
                break;
            default:
                VisitCollection(member, type, path, value);
                break;
        }
    }

    // The rest of a name such as "Cache:MaxEntries" below a member.
    private void VisitSegment(SchemaMember? member, SchemaType type, string path, string[] segments, int index, TextSpan nameSpan, JsonNode value)
    {
        var segment = segments[index];
        var childPath = path + ":" + segment;
        switch (type.Kind)
        {
            case SchemaTypeKind.Section:
                VisitSectionEntry(type.Section!, path, segments, index, nameSpan, value);
                break;
            case SchemaTypeKind.List when !IsIndex(segment):
                NotBindable(nameSpan, childPath, ValidationMessages.NotAListIndex(segment));
                break;
            case SchemaTypeKind.List or SchemaTypeKind.Dictionary:
                VisitTyped(null, member, type.Element!, childPath, segments, index + 1, nameSpan, value);
                break;
            default:
                NotBindable(nameSpan, path, ValidationMessages.ExpectedValue(ScalarConverter.RuntimeName(type), "a section"));
                break;
        }
    }

    private void VisitSection(SchemaType type, string path, JsonNode value)
    {
        switch (value.Kind)
        {
            case JsonNodeKind.Object:
                foreach (var property in value.Properties)
                {
                    VisitSectionEntry(type.Section!, path, Split(property.Name), 0, property.NameSpan, property.Value);
                }

                break;
            case JsonNodeKind.Null:
                break;
            case JsonNodeKind.Array when value.Items.Count == 0:
                break;
            case JsonNodeKind.String when value.Text!.Length == 0:
                break;
            case JsonNodeKind.Array:
                // The runtime sees the elements as keys 0, 1, … of the section, none of which it has.
                NotBindable(value.Span, path, "Expected a section of " + type.DisplayName + " (a JSON object), found an array.");
                break;
            default:
                NotBindable(value.Span, path, ValidationMessages.ExpectedSection());
                break;
        }
    }

    private void VisitCollection(SchemaMember? member, SchemaType type, string path, JsonNode value)
    {
        var element = type.Element!;
        switch (value.Kind)
        {
            case JsonNodeKind.Array:
                if (member is not null && ReferenceEquals(member.Type, type))
                {
                    CheckCount(member, path, value.Span, value.Items.Count);
                }

                for (var i = 0; i < value.Items.Count; i++)
                {
                    var item = value.Items[i];
                    VisitTyped(null, member, element, path + ":" + i.ToString(CultureInfo.InvariantCulture), [], 0, item.Span, item);
                }

                break;
            case JsonNodeKind.Object:
                foreach (var property in value.Properties)
                {
                    var segments = Split(property.Name);
                    VisitSegment(member, type, path, segments, 0, property.NameSpan, property.Value);
                }

                break;
            case JsonNodeKind.Null:
                break;
            case JsonNodeKind.String when value.Text!.Length == 0:
                break;
            default:
                NotBindable(value.Span, path, type.Kind == SchemaTypeKind.List ? ValidationMessages.ExpectedList() : ValidationMessages.ExpectedEntries());
                break;
        }
    }

    private void VisitScalar(SchemaSection? owner, SchemaMember member, SchemaType type, string path, JsonNode value)
    {
        if (value.IsContainer)
        {
            // An object as an element of a list or dictionary of values (a metadata bag's nested document) is left
            // out at run time, as ConfigurationBinder leaves it out; on a member it is a mistake.
            if ((value.Properties.Count > 0 || value.Items.Count > 0) && ReferenceEquals(member.Type, type))
            {
                NotBindable(value.Span, path, ValidationMessages.ExpectedValue(ScalarConverter.RuntimeName(type), "a section"));
            }

            return;
        }

        if (value.Kind == JsonNodeKind.Null)
        {
            // On a member, null means "not set" and the default applies (the runtime's rule); a list element or
            // dictionary entry of a value type has no default to fall back on.
            if (type.IsValueType && !type.IsNullable && !ReferenceEquals(member.Type, type))
            {
                NotBindable(value.Span, path, ValidationMessages.NullElement(ScalarConverter.RuntimeName(type)));
            }
            else if (ReferenceEquals(member.Type, type) && RequiredRule(member) is { } required)
            {
                Invalid(value.Span, path, ValidationChecker.RequiredMessage(type, required), required.AttributeName);
            }

            return;
        }

        var text = value.Text!;
        if (!ScalarConverter.TryConvert(type, text, _secrets.IsSecret(member), out var parsed, out var problem))
        {
            NotBindable(value.Span, path, problem!);
            return;
        }

        // An empty value binds a nullable non-string to null, which only [Required] judges; a string stays "".
        if (ReferenceEquals(member.Type, type) && !(text.Length == 0 && type.IsNullable && type.Scalar != ScalarKind.String))
        {
            foreach (var validation in member.Validations)
            {
                if (ValidationChecker.CheckScalar(validation, type, text, parsed, _secrets.IsSecret(member)) is { } failure)
                {
                    Invalid(value.Span, path, failure, validation.AttributeName);
                }
            }
        }

        // Only a member's own value (not a list element) is a setting the rules judge.
        if (owner is not null)
        {
            _sites.Add(new ConfigValueSite(owner, member, path, value, parsed));
        }
    }

    private static SchemaValidation? RequiredRule(SchemaMember member)
    {
        foreach (var validation in member.Validations)
        {
            if (validation.Kind == SchemaValidationKind.Required)
            {
                return validation;
            }
        }

        return null;
    }

    private void CheckCount(SchemaMember member, string path, TextSpan span, int count)
    {
        foreach (var validation in member.Validations)
        {
            if (ValidationChecker.CheckCollection(validation, count, _secrets.IsSecret(member)) is { } failure)
            {
                Invalid(span, path, failure, validation.AttributeName);
            }
        }
    }

    private static bool IsIndex(string segment)
        => segment.Length > 0 && long.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    private void ReportUnknown(TextSpan nameSpan, string key, string sectionPath, SchemaSection section, string advice)
        => _report(Diagnostic.Create(
            DiagnosticDescriptors.ConfigFileUnknownKey,
            _locator.Locate(nameSpan),
            key,
            sectionPath.Length == 0 ? "(root)" : sectionPath,
            section.Type.Name,
            advice));

    private void NotBindable(TextSpan span, string path, string problem)
        => _report(Diagnostic.Create(DiagnosticDescriptors.ConfigFileValueNotBindable, _locator.Locate(span), path, problem));

    private void Invalid(TextSpan span, string path, string problem, string rule)
        => _report(Diagnostic.Create(DiagnosticDescriptors.ConfigFileValueInvalid, _locator.Locate(span), path, problem, rule));
}
