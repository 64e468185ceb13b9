using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Veltrix.Analyzers.ConfigSchema;
using Veltrix.Analyzers.Diagnostics;
using Veltrix.Analyzers.Rules;
using Veltrix.Analyzers.Settings;
using Veltrix.Analyzers.Symbols;

namespace Veltrix.Analyzers.ConfigFiles;

/// <summary>
/// Applies the cache, concurrency and timeout rules (<see cref="SettingRules"/>, the same implementation the C#
/// analyzer uses) to the values a configuration file sets, with the same IDs and thresholds: each section the file
/// writes is judged on its effective values — the defaults in code, then <c>appsettings.json</c> for an overlay, then
/// the file — and a violation is reported at the JSON token of the value the file sets. A violation that only code
/// values cause is the C# analyzer's to report, at the C# value.
/// </summary>
internal sealed class FileSettingRules
{
    private readonly Compilation _compilation;
    private readonly SettingSymbols _symbols;
    private readonly ThresholdCache _thresholds;
    private readonly AnalyzerConfigOptionsProvider _options;
    private readonly ConcurrentDictionary<SchemaSection, SectionSettings> _sections = new();
    private readonly Lazy<EmbeddedDefaults> _embedded;
    private readonly SchemaModel _model;

    /// <summary>Creates the rules for one compilation.</summary>
    /// <param name="compilation">The compilation.</param>
    /// <param name="veltrix">The Veltrix symbols.</param>
    /// <param name="options">The options provider (rule thresholds).</param>
    /// <param name="model">The compilation's schemas (defaults of those compiled into referenced assemblies).</param>
    public FileSettingRules(Compilation compilation, VeltrixSymbols veltrix, AnalyzerConfigOptionsProvider options, SchemaModel model)
    {
        _compilation = compilation;
        _symbols = new SettingSymbols(veltrix, compilation);
        _thresholds = new ThresholdCache(options);
        _options = options;
        _model = model;
        _embedded = new Lazy<EmbeddedDefaults>(() => new EmbeddedDefaults(model.Roots), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Checks every section <paramref name="sites"/> writes.</summary>
    /// <param name="sites">The values the file sets.</param>
    /// <param name="underlying">Values of files merged before this one (the base file of an overlay), or empty.</param>
    /// <param name="locator">Locations in the file.</param>
    /// <param name="report">Receives the diagnostics.</param>
    public void Check(IReadOnlyList<ConfigValueSite> sites, IReadOnlyList<ConfigValueSite> underlying, ConfigFileLocator locator, Action<Diagnostic> report)
    {
        var groups = new Dictionary<string, List<ConfigValueSite>>(StringComparer.OrdinalIgnoreCase);
        foreach (var site in sites)
        {
            var parent = ParentOf(site.KeyPath);
            if (!groups.TryGetValue(parent, out var group))
            {
                groups.Add(parent, group = []);
            }

            group.Add(site);
        }

        foreach (var pair in groups)
        {
            var settings = _sections.GetOrAdd(pair.Value[0].Section, Describe);
            if (settings.Members.Count == 0)
            {
                continue;
            }

            var values = new SettingValue[settings.Members.Count];
            var fromFile = new ConfigValueSite?[values.Length];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = settings.Defaults[i];
            }

            Apply(settings, pair.Key, underlying, values, null);
            Apply(settings, pair.Key, pair.Value, values, fromFile);
            ReportBareNumbers(settings, fromFile, locator, report);

            var violations = new List<RuleViolation>();
            SettingRules.Check(settings.Section.Type.Name, values, settings.Thresholds, violations);
            foreach (var violation in violations)
            {
                if (SiteOf(violation, values, fromFile) is { } site)
                {
                    report(Diagnostic.Create(violation.Descriptor, locator.Locate(site.Value.Span), violation.MessageArguments));
                }
            }
        }
    }

    // The token of the member reported; for a rule about the whole section (VLX1005), of the first member the file sets
    // that the rule judged, since the C# analyzer's choice of member may be one the file leaves to the code.
    private static ConfigValueSite? SiteOf(RuleViolation violation, SettingValue[] values, ConfigValueSite?[] fromFile)
    {
        if (fromFile[violation.MemberIndex] is { } site)
        {
            return site;
        }

        for (var i = 0; i < fromFile.Length; i++)
        {
            if (fromFile[i] is { } other && SettingRules.TakesPart(violation, i, values))
            {
                return other;
            }
        }

        return null;
    }

    private static void Apply(SectionSettings settings, string parent, IReadOnlyList<ConfigValueSite> sites, SettingValue[] values, ConfigValueSite?[]? fromFile)
    {
        foreach (var site in sites)
        {
            if (site.Section != settings.Section || !string.Equals(ParentOf(site.KeyPath), parent, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var index = settings.IndexOf(site.Member);
            if (index < 0)
            {
                continue;
            }

            var declaration = settings.Declarations[index];
            var kind = ToSetting(site.Parsed, declaration.Unit, out var value);
            values[index] = declaration.ToValue(kind, value);
            if (fromFile is not null)
            {
                fromFile[index] = site;
            }
        }
    }

    // "30" binds a TimeSpan as 30 days, as TimeSpan.Parse reads it; for a timeout or a cache TTL that is rarely meant.
    private static void ReportBareNumbers(SectionSettings settings, ConfigValueSite?[] fromFile, ConfigFileLocator locator, Action<Diagnostic> report)
    {
        for (var i = 0; i < fromFile.Length; i++)
        {
            var declaration = settings.Declarations[i];
            if (fromFile[i] is not { Parsed: TimeSpan read } site
                || declaration.Unit != SettingKind.TimeSpan
                || declaration.Role is not (SettingRole.Timeout or SettingRole.CacheTtl)
                || read.Ticks <= 0
                || !IsBareNumber(site.Value.Text))
            {
                continue;
            }

            // The same number of seconds always fits: TimeSpan holds at most about 10.7 million days.
            var seconds = TimeSpan.FromSeconds(read.TotalDays);
            // A secret's number, and the durations read from it, are not shown.
            var secret = declaration.IsSecret;
            report(Diagnostic.Create(
                DiagnosticDescriptors.ConfigFileTimeSpanBareNumber,
                locator.Locate(site.Value.Span),
                site.KeyPath,
                secret ? SettingValue.Redacted : site.Value.Text!.Trim(),
                secret ? SettingValue.Redacted : read.ToString("c", CultureInfo.InvariantCulture),
                secret ? SettingValue.Redacted : seconds.ToString("c", CultureInfo.InvariantCulture)));
        }
    }

    private static bool IsBareNumber(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return false;
        }

        foreach (var c in trimmed!)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static string ParentOf(string keyPath)
    {
        var colon = keyPath.LastIndexOf(':');
        return colon < 0 ? string.Empty : keyPath.Substring(0, colon);
    }

    // What ScalarConverter parsed, in the rule's unit: integers and milliseconds as numbers, durations as ticks.
    private static SettingKind ToSetting(object? parsed, SettingKind unit, out long value)
    {
        value = 0;
        switch (parsed)
        {
            case null:
                return SettingKind.Null;
            case BigInteger integer when unit is SettingKind.Integer or SettingKind.Milliseconds:
                // Above long.MaxValue is "unbounded" for every rule; saturate rather than wrap.
                value = integer > long.MaxValue ? long.MaxValue : integer < long.MinValue ? long.MinValue : (long)integer;
                return unit;
            case TimeSpan span when unit == SettingKind.TimeSpan:
                value = span.Ticks;
                return unit;
            default:
                return SettingKind.Unknown;
        }
    }

    private SectionSettings Describe(SchemaSection section)
    {
        var members = new List<SchemaMember>();
        var declarations = new List<SettingDeclaration>();
        var defaults = new List<SettingValue>();
        foreach (var member in section.Members)
        {
            var propertyAttributes = member.Property.GetAttributes();
            var parameterAttributes = member.Parameter?.GetAttributes() ?? default;
            if (!_symbols.HasSettingAttribute(propertyAttributes) && (parameterAttributes.IsDefault || !_symbols.HasSettingAttribute(parameterAttributes))
                && !NamedPairs.IsPairMember(member.Property.Name, section.Type))
            {
                continue;
            }

            var declaration = member.Parameter is { } parameter
                ? _symbols.Describe(member.Property.Name, parameter.Type, parameterAttributes, propertyAttributes)
                : _symbols.Describe(member.Property.Name, member.Property.Type, propertyAttributes, default);
            if (_model.Secrets.IsSecret(member))
            {
                // [Secret] itself, or a member of a section reached through a secret member.
                declaration = declaration.AsSecret();
            }

            members.Add(member);
            declarations.Add(declaration);
            defaults.Add(declaration.ToValue(DefaultOf(section, member, declaration, out var value), value));
        }

        var tree = FirstTree(section.Type);
        var thresholds = tree is null ? RuleThresholds.From(_options.GlobalOptions) : _thresholds.Get(tree);
        return new SectionSettings(section, members, declarations, defaults, thresholds);
    }

    // The default in code, read as the C# analyzer reads it: a constructor parameter's default or a property initializer;
    // for a schema compiled into a referenced assembly, the default its generator recorded there.
    private SettingKind DefaultOf(SchemaSection section, SchemaMember member, SettingDeclaration declaration, out long value)
    {
        value = 0;
        if (declaration.Unit == SettingKind.Unknown)
        {
            return SettingKind.Unknown;
        }

        if (member.Parameter is { } parameter)
        {
            if (!parameter.HasExplicitDefaultValue)
            {
                return SettingKind.Unknown;
            }

            // default(TimeSpan) and default(int) come back as null; for a non-nullable value type that is zero.
            return parameter.ExplicitDefaultValue is null && !declaration.IsNullable
                ? declaration.Unit
                : SettingValueReader.FromConstant(parameter.ExplicitDefaultValue, declaration.Unit, out value);
        }

        foreach (var reference in member.Property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is PropertyDeclarationSyntax { Initializer: { } initializer })
            {
                var operation = _compilation.GetSemanticModel(initializer.SyntaxTree).GetOperation(initializer.Value);
                return SettingValueReader.Read(operation, declaration.Unit, out value);
            }
        }

        if (member.Property.DeclaringSyntaxReferences.IsEmpty && _embedded.Value.DefaultOf(section, member) is { } text)
        {
            return ScalarConverter.TryConvert(member.Type, text, secret: false, out var parsed, out _) ? ToSetting(parsed, declaration.Unit, out value) : SettingKind.Unknown;
        }

        // Without an initializer a nullable member is null ("no bound"); any other is left to the sources.
        return declaration.IsNullable ? SettingKind.Null : SettingKind.Unknown;
    }

    private static SyntaxTree? FirstTree(INamedTypeSymbol type)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            return reference.SyntaxTree;
        }

        return null;
    }
}
