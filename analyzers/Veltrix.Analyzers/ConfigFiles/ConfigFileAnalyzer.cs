using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Veltrix.Analyzers.ConfigSchema;
using Veltrix.Analyzers.Diagnostics;
using Veltrix.Analyzers.Json;
using Veltrix.Analyzers.Symbols;

namespace Veltrix.Analyzers.ConfigFiles;

/// <summary>
/// Checks the project's configuration files (additional files named <c>appsettings*.json</c>, or marked with the
/// <c>VeltrixConfigFile</c> metadata by the package's <c>VeltrixConfigFile</c> item) against the schemas of the
/// compilation, and reports each problem at its JSON token, so that the build prints <c>file(line,col)</c> and the
/// IDE underlines it: malformed JSON, duplicate and unknown keys, values that do not bind or fail validation, the
/// setting rules of the cache and concurrency analyzers applied to file values, and, per environment
/// (<c>appsettings.json</c> merged with <c>appsettings.{Environment}.json</c>), required keys no file provides.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConfigFileAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The MSBuild property that turns the checks off (<c>false</c>), visible to the analyzer.</summary>
    public const string OptOutProperty = "build_property.VeltrixCheckConfigFiles";

    /// <summary>The item metadata the package sets on files listed in <c>@(VeltrixConfigFile)</c>.</summary>
    public const string ConfigFileMetadata = "build_metadata.AdditionalFiles.VeltrixConfigFile";

    /// <summary>
    /// Optional metadata that states a file's layers explicitly: the paths of the additional files merged before it,
    /// first to last, separated by <c>;</c>. The file is then judged on the effective values of that stack (instead of
    /// <c>appsettings.json</c> under <c>appsettings.{Environment}.json</c>), and the top of each stack, a file no other
    /// file is layered over, reports the <c>[Required]</c> keys the whole stack leaves unset. Deploy tools set it for
    /// layers an app merges that are not named by the <c>appsettings</c> convention (environment files, mounted
    /// directories).
    /// </summary>
    public const string LayeredOverMetadata = "build_metadata.AdditionalFiles.VeltrixConfigLayeredOver";

    /// <summary>Optional metadata naming the environment of an explicit stack (<see cref="LayeredOverMetadata"/>), for messages.</summary>
    public const string EnvironmentMetadata = "build_metadata.AdditionalFiles.VeltrixConfigEnvironment";

    private const string BaseName = "appsettings";

    private static readonly char[] LayerSeparator = [';'];

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        DiagnosticDescriptors.ConfigFileMalformed,
        DiagnosticDescriptors.ConfigFileUnknownKey,
        DiagnosticDescriptors.ConfigFileValueNotBindable,
        DiagnosticDescriptors.ConfigFileValueInvalid,
        DiagnosticDescriptors.ConfigFileRequiredKeyMissing,
        DiagnosticDescriptors.ConfigFileDuplicateKey,
        DiagnosticDescriptors.ConfigFileTimeSpanBareNumber,

        // The setting rules, applied to file values with the IDs they have in code.
        DiagnosticDescriptors.CacheSizeNotPositive,
        DiagnosticDescriptors.CacheSizeAboveCeiling,
        DiagnosticDescriptors.CacheTtlNotPositive,
        DiagnosticDescriptors.CacheTtlBelowFloor,
        DiagnosticDescriptors.CacheUnbounded,
        DiagnosticDescriptors.SlidingExpirationExceedsAbsolute,
        DiagnosticDescriptors.ConcurrencyNotPositive,
        DiagnosticDescriptors.ConcurrencyAboveCeiling,
        DiagnosticDescriptors.RelationViolated,
        DiagnosticDescriptors.UnboundedQueueBeforeBoundedPool,
        DiagnosticDescriptors.TimeoutInfiniteOrZero,
        DiagnosticDescriptors.RetriesExceedOverallTimeout,
    ];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(Start);
    }

    private static void Start(CompilationStartAnalysisContext context)
    {
        // The additional files and the opt-out are fixed for a compilation: a project with no configuration file, or
        // with the checks off, registers nothing and never builds the schema model for them.
        if (VeltrixSymbols.TryCreate(context.Compilation) is not { } symbols
            || IsOptedOut(context.Options)
            || !HasConfigFile(context.Options))
        {
            return;
        }

        var compilation = context.Compilation;
        // Built once per compilation, on the first configuration file (or the first usage rule that asks), and shared.
        var model = SchemaModel.For(compilation, symbols);
        var parsed = new ConcurrentDictionary<string, ParsedFile?>(StringComparer.Ordinal);
        var rules = new FileSettingRules(compilation, symbols, context.Options.AnalyzerConfigOptionsProvider, model);
        context.RegisterAdditionalFileAction(c => AnalyzeFile(c, model, parsed, rules));
    }

    private static void AnalyzeFile(
        AdditionalFileAnalysisContext context,
        SchemaModel model,
        ConcurrentDictionary<string, ParsedFile?> cache,
        FileSettingRules rules)
    {
        var file = context.AdditionalFile;
        if (!IsConfigFile(file, context.Options))
        {
            return;
        }

        var parsed = Parse(file, cache, context.CancellationToken);
        if (parsed is null)
        {
            return;
        }

        // Every finding of this file goes through here, to get the severity .editorconfig gives the rule in the code.
        var report = FileSeverity.Reporter(
            context.Compilation, context.Options.AnalyzerConfigOptionsProvider, file.Path, context.ReportDiagnostic, context.CancellationToken);

        var locator = new ConfigFileLocator(file.Path, parsed.Text);
        if (parsed.Root is not { } root)
        {
            var position = parsed.Result.ErrorPosition;
            var span = position < parsed.Text.Length ? new TextSpan(position, 1) : new TextSpan(parsed.Text.Length, 0);
            report(Diagnostic.Create(
                DiagnosticDescriptors.ConfigFileMalformed, locator.Locate(span), Path.GetFileName(file.Path), parsed.Result.Error));
            return;
        }

        DuplicateKeyChecker.Check(root, locator, parsed.Text, report);

        var schemas = model.Roots;
        if (schemas.IsEmpty)
        {
            return;
        }

        var walker = new ConfigFileWalker(schemas, model.Secrets, locator, report);
        walker.Walk(root);

        var layers = LayersUnder(file, context.Options);
        var underlying = new List<ConfigValueSite>();
        foreach (var layer in layers)
        {
            underlying.AddRange(SitesOf(Parse(layer, cache, context.CancellationToken)?.Root, schemas, model.Secrets, locator));
        }

        rules.Check(walker.Sites, underlying, locator, report);

        if (IsLayeredUnderAnother(file, context.Options))
        {
            // A file with a file layered over it is not what any environment ends up with: the top of its stack reports.
            return;
        }

        if (ExplicitLayers(file, context.Options) is not null)
        {
            CheckStack(context, report, file, layers, root, locator, schemas, cache);
            return;
        }

        CheckEnvironment(context, report, file, root, locator, schemas, cache);
    }

    // The files merged before this one, first to last: the explicit stack, or appsettings.json under an overlay.
    private static List<AdditionalText> LayersUnder(AdditionalText file, AnalyzerOptions options)
    {
        var layers = new List<AdditionalText>();
        if (ExplicitLayers(file, options) is { } paths)
        {
            foreach (var path in paths)
            {
                foreach (var other in options.AdditionalFiles)
                {
                    if (string.Equals(other.Path, path, StringComparison.Ordinal))
                    {
                        layers.Add(other);
                        break;
                    }
                }
            }
        }
        else if (EnvironmentOf(file.Path) is { Length: > 0 } && BaseFileOf(file, options) is { } baseFile)
        {
            layers.Add(baseFile);
        }

        return layers;
    }

    private static string[]? ExplicitLayers(AdditionalText file, AnalyzerOptions options)
        => options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(LayeredOverMetadata, out var value) && value.Trim().Length > 0
            ? value.Split(LayerSeparator, StringSplitOptions.RemoveEmptyEntries)
            : null;

    private static bool IsLayeredUnderAnother(AdditionalText file, AnalyzerOptions options)
    {
        foreach (var other in options.AdditionalFiles)
        {
            if (!ReferenceEquals(other, file) && ExplicitLayers(other, options) is { } paths && Array.IndexOf(paths, file.Path) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // The top of an explicit stack: the [Required] keys the stack's files leave unset, once merged in order.
    private static void CheckStack(
        AdditionalFileAnalysisContext context,
        Action<Diagnostic> report,
        AdditionalText file,
        List<AdditionalText> layers,
        JsonNode root,
        ConfigFileLocator locator,
        ImmutableArray<SchemaRoot> schemas,
        ConcurrentDictionary<string, ParsedFile?> cache)
    {
        var provided = new ProvidedKeys();
        var names = new List<string>();
        foreach (var layer in layers)
        {
            // A malformed layer has its own VLX4001; merging around it would only add noise.
            if (Parse(layer, cache, context.CancellationToken)?.Root is not { } layerRoot)
            {
                return;
            }

            provided.Add(layerRoot);
            names.Add(Path.GetFileName(layer.Path));
        }

        provided.Add(root);
        names.Add(Path.GetFileName(file.Path));
        var files = string.Join(" + ", names);
        var description = context.Options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(EnvironmentMetadata, out var environment) && environment.Trim().Length > 0
            ? "environment '" + environment.Trim() + "' (" + files + ")"
            : files;
        RequiredKeyChecker.Check(schemas, provided, description, root, locator, report);
    }

    // The values the base file sets, under an overlay: its own problems are reported when it is analyzed itself.
    private static IReadOnlyList<ConfigValueSite> SitesOf(JsonNode? baseRoot, ImmutableArray<SchemaRoot> schemas, SchemaSecrets secrets, ConfigFileLocator locator)
    {
        if (baseRoot is null)
        {
            return [];
        }

        var walker = new ConfigFileWalker(schemas, secrets, locator, static _ => { });
        walker.Walk(baseRoot);
        return walker.Sites;
    }

    private static AdditionalText? BaseFileOf(AdditionalText file, AnalyzerOptions options)
    {
        var directory = Path.GetDirectoryName(file.Path);
        foreach (var other in options.AdditionalFiles)
        {
            if (string.Equals(Path.GetDirectoryName(other.Path), directory, StringComparison.Ordinal) && EnvironmentOf(other.Path) is { Length: 0 })
            {
                return other;
            }
        }

        return null;
    }

    // appsettings.json with appsettings.{Environment}.json: each overlay file reports what its environment lacks; the
    // base file reports only when there is no overlay (then every environment reads it alone).
    private static void CheckEnvironment(
        AdditionalFileAnalysisContext context,
        Action<Diagnostic> report,
        AdditionalText file,
        JsonNode root,
        ConfigFileLocator locator,
        ImmutableArray<SchemaRoot> schemas,
        ConcurrentDictionary<string, ParsedFile?> cache)
    {
        if (EnvironmentOf(file.Path) is not { } environment)
        {
            return;
        }

        var directory = Path.GetDirectoryName(file.Path);
        AdditionalText? baseFile = null;
        var hasOverlay = false;
        foreach (var other in context.Options.AdditionalFiles)
        {
            if (!string.Equals(Path.GetDirectoryName(other.Path), directory, StringComparison.Ordinal) || EnvironmentOf(other.Path) is not { } otherEnvironment)
            {
                continue;
            }

            if (otherEnvironment.Length == 0)
            {
                baseFile = other;
            }
            else
            {
                hasOverlay = true;
            }
        }

        var provided = new ProvidedKeys();
        string description;
        if (environment.Length == 0)
        {
            if (hasOverlay)
            {
                return;
            }

            description = Path.GetFileName(file.Path) + " (every environment: there is no appsettings.{Environment}.json)";
        }
        else
        {
            if (baseFile is not null)
            {
                // A malformed base file has its own VLX4001; merging around it would only add noise.
                if (Parse(baseFile, cache, context.CancellationToken)?.Root is not { } baseRoot)
                {
                    return;
                }

                provided.Add(baseRoot);
            }

            description = "environment '" + environment + "' (" + (baseFile is null ? string.Empty : Path.GetFileName(baseFile.Path) + " + ") + Path.GetFileName(file.Path) + ")";
        }

        provided.Add(root);
        RequiredKeyChecker.Check(schemas, provided, description, root, locator, report);
    }

    /// <summary>
    /// The environment of an <c>appsettings</c> file: empty for <c>appsettings.json</c>, <c>Production</c> for
    /// <c>appsettings.Production.json</c>, null for any other file.
    /// </summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The environment name, or null.</returns>
    public static string? EnvironmentOf(string path)
    {
        var name = Path.GetFileName(path);
        if (!name.StartsWith(BaseName, StringComparison.OrdinalIgnoreCase) || !name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var middle = name.Substring(BaseName.Length, name.Length - BaseName.Length - 5);
        if (middle.Length == 0)
        {
            return string.Empty;
        }

        return middle[0] == '.' && middle.Length > 1 ? middle.Substring(1) : null;
    }

    private static bool IsConfigFile(AdditionalText file, AnalyzerOptions options)
    {
        var name = Path.GetFileName(file.Path);
        if (name.StartsWith(BaseName, StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(ConfigFileMetadata, out var marked)
            && string.Equals(marked.Trim(), "true", StringComparison.OrdinalIgnoreCase);
    }

    private static bool HasConfigFile(AnalyzerOptions options)
    {
        foreach (var file in options.AdditionalFiles)
        {
            if (IsConfigFile(file, options))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOptedOut(AnalyzerOptions options)
        => options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(OptOutProperty, out var value)
            && string.Equals(value.Trim(), "false", StringComparison.OrdinalIgnoreCase);

    private static ParsedFile? Parse(AdditionalText file, ConcurrentDictionary<string, ParsedFile?> cache, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(file.Path, out var known))
        {
            return known;
        }

        var text = file.GetText(cancellationToken);
        var parsed = text is null ? null : new ParsedFile(text, JsonReader.Parse(text.ToString()));
        return cache.GetOrAdd(file.Path, parsed);
    }
}
