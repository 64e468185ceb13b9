using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Veltrix.Analyzers.ConfigFiles;
using Veltrix.Tool.Inputs;
using Veltrix.Tool.Loading;

namespace Veltrix.Tool.Checking;

/// <summary>
/// Checks deploy-time configuration against the schemas compiled into an app, with the build's own analyzer
/// (<see cref="ConfigFileAnalyzer"/>): a compilation with no source that references the app's assembly finds the
/// schemas in its metadata, as a project finds those of a referenced library, and the deploy's files are its
/// additional files. Nothing of the app is loaded or run.
/// </summary>
/// <remarks>
/// Files that follow the <c>appsettings</c> convention alone are given to the analyzer side by side, exactly as the
/// build gives them, so it merges <c>appsettings.json</c> with each <c>appsettings.{Environment}.json</c> itself.
/// With other layers (environment files, key-per-file directories, other JSON files) or <c>--environment</c>, each
/// environment becomes one explicit stack (<see cref="ConfigFileAnalyzer.LayeredOverMetadata"/>): base, that
/// environment's overlay, then the other layers in the order given. A file shared by several stacks is analyzed once
/// per stack and its findings reported once.
/// </remarks>
internal static class ConfigChecker
{
    private const string ConfigFileKey = ConfigFileAnalyzer.ConfigFileMetadata;

    /// <summary>Runs the check.</summary>
    /// <param name="appPath">The app's assembly.</param>
    /// <param name="layers">The layers, in merge order.</param>
    /// <param name="environments">The environments to check (<c>--environment</c>); empty for every overlay the files have.</param>
    /// <param name="editorConfig">The <c>.editorconfig</c> settings.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <returns>What was found.</returns>
    public static CheckResult Check(
        string appPath,
        IReadOnlyList<ConfigLayer> layers,
        IReadOnlyList<string> environments,
        EditorConfigSettings editorConfig,
        CancellationToken cancellationToken)
    {
        // One empty C# file where the schemas' source would be: the analyzer reads the severities a finding in a
        // configuration file gets from the C# file nearest it, as in the build.
        var compilation = CSharpCompilation.Create(
            "veltrix-check",
            syntaxTrees: [CSharpSyntaxTree.ParseText(string.Empty, path: editorConfig.AnchorPath, cancellationToken: cancellationToken)],
            references: AppReferences.For(appPath),
            options: new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                // Schema members may be internal or private (a private init setter): read them as the app's own build does.
                metadataImportOptions: MetadataImportOptions.All,
                specificDiagnosticOptions: editorConfig.Severities)
                .WithSyntaxTreeOptionsProvider(new CheckTreeOptions(editorConfig)));

        var schemas = SchemaCatalog.Find(compilation);
        if (schemas.Count == 0)
        {
            throw new ToolException($"{appPath}: no [VeltrixConfig] type in the assembly or the assemblies beside it; is it an app built with Veltrix.Generated?");
        }

        var stacks = Stacks(layers, environments, out var checkedEnvironments);
        var options = new CheckOptionsProvider(new DictionaryOptions(editorConfig.Options));
        var documents = new Dictionary<string, CheckDocument>(StringComparer.Ordinal);
        var additionalFiles = ImmutableArray.CreateBuilder<AdditionalText>();
        for (var s = 0; s < stacks.Count; s++)
        {
            var (environment, stack) = stacks[s];
            var below = new List<string>();
            for (var l = 0; l < stack.Count; l++)
            {
                // One directory per stack (and per layer in an explicit stack): names stay the user's, paths stay unique.
                var directory = environment is null && stacks.Count == 1 && IsConventional(stack)
                    ? "/veltrix/0"
                    : string.Create(CultureInfo.InvariantCulture, $"/veltrix/{s}/{l}");
                var document = CheckDocument.For(stack[l], directory);
                documents.Add(document.AnalyzedPath, document);
                additionalFiles.Add(new InMemoryAdditionalText(document.AnalyzedPath, document.Text));
                var fileOptions = new Dictionary<string, string> { [ConfigFileKey] = "true" };
                if (directory != "/veltrix/0")
                {
                    fileOptions[ConfigFileAnalyzer.LayeredOverMetadata] = string.Join(';', below);
                    if (environment is { Length: > 0 })
                    {
                        fileOptions[ConfigFileAnalyzer.EnvironmentMetadata] = environment;
                    }
                }

                options.SetFileOptions(document.AnalyzedPath, fileOptions);
                below.Add(document.AnalyzedPath);
            }
        }

        var analyzer = new ConfigFileAnalyzer();
        var analysis = compilation.WithAnalyzers(
            [analyzer],
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(additionalFiles.ToImmutable(), options),
                onAnalyzerException: null,
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false));
        var diagnostics = analysis.GetAnalyzerDiagnosticsAsync(cancellationToken).GetAwaiter().GetResult();

        var findings = new List<Finding>();
        var seen = new HashSet<(string, string, int, int, string)>();
        foreach (var diagnostic in diagnostics)
        {
            // A rule a global config sets to "silent" is not shown by the build either.
            if (diagnostic.Severity == DiagnosticSeverity.Hidden)
            {
                continue;
            }

            var span = diagnostic.Location.GetLineSpan();
            if (!documents.TryGetValue(span.Path, out var document))
            {
                // An analyzer failure (AD0001) has no file: it means the check could not be trusted.
                throw new ToolException($"The configuration-file analyzer failed: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");
            }

            var (path, line, column) = document.Map(span.StartLinePosition.Line, span.StartLinePosition.Character);
            var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
            if (seen.Add((diagnostic.Id, path, line, column, message)))
            {
                findings.Add(new Finding(diagnostic.Id, diagnostic.Severity, message, path, line, column, diagnostic.Descriptor));
            }
        }

        findings.Sort(static (a, b) =>
        {
            var order = string.CompareOrdinal(a.Path, b.Path);
            order = order != 0 ? order : a.Line.CompareTo(b.Line);
            order = order != 0 ? order : a.Column.CompareTo(b.Column);
            order = order != 0 ? order : string.CompareOrdinal(a.Id, b.Id);
            return order != 0 ? order : string.CompareOrdinal(a.Message, b.Message);
        });

        var files = new List<string>();
        foreach (var layer in layers)
        {
            files.Add(layer.Path);
        }

        return new CheckResult(appPath, schemas, checkedEnvironments, files, editorConfig.Files, findings, [.. analyzer.SupportedDiagnostics]);
    }

    // The stacks to analyze. Conventional files alone (appsettings.json and overlays, one base at most) and no
    // --environment: one "stack" of them all, which the analyzer pairs by name as in the build. Otherwise one per
    // environment: every overlay's environment, or the ones asked for.
    private static List<(string? Environment, List<ConfigLayer> Layers)> Stacks(
        IReadOnlyList<ConfigLayer> layers,
        IReadOnlyList<string> environments,
        out List<string> checkedEnvironments)
    {
        checkedEnvironments = [];
        var all = new List<ConfigLayer>(layers);
        if (environments.Count == 0 && IsConventional(all))
        {
            foreach (var layer in layers)
            {
                if (layer.Environment is { Length: > 0 } environment && !checkedEnvironments.Contains(environment, StringComparer.OrdinalIgnoreCase))
                {
                    checkedEnvironments.Add(environment);
                }
            }

            return [(null, all)];
        }

        if (environments.Count > 0)
        {
            checkedEnvironments.AddRange(environments);
        }
        else
        {
            foreach (var layer in layers)
            {
                if (layer.Environment is { Length: > 0 } environment && !checkedEnvironments.Contains(environment, StringComparer.OrdinalIgnoreCase))
                {
                    checkedEnvironments.Add(environment);
                }
            }
        }

        var stacks = new List<(string?, List<ConfigLayer>)>();
        foreach (var environment in checkedEnvironments.Count == 0 ? [string.Empty] : checkedEnvironments)
        {
            var stack = new List<ConfigLayer>();
            foreach (var layer in layers)
            {
                if (layer.Environment is not { Length: > 0 } own || string.Equals(own, environment, StringComparison.OrdinalIgnoreCase))
                {
                    stack.Add(layer);
                }
            }

            stacks.Add((environment, stack));
        }

        return stacks;
    }

    // appsettings.json (at most one) and appsettings.{Environment}.json files, each environment once.
    private static bool IsConventional(List<ConfigLayer> layers)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var layer in layers)
        {
            if (layer.Kind != LayerKind.Json || layer.Environment is null || !names.Add(layer.Name))
            {
                return false;
            }
        }

        return true;
    }
}
