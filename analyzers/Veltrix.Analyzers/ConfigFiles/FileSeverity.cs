using System;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Veltrix.Analyzers.ConfigFiles;

/// <summary>
/// Gives a finding in a configuration file the severity that <c>.editorconfig</c> gives the same rule in the project's
/// C# code. The compiler applies <c>dotnet_diagnostic.&lt;ID&gt;.severity</c> from <c>.editorconfig</c> only to
/// diagnostics located in C# files (and keeps those entries from analyzers for any other file); one located in an
/// additional file gets only the project-wide settings (<c>.globalconfig</c>, <c>NoWarn</c>, <c>WarningsAsErrors</c>).
/// Without this, the usual <c>[*.cs]</c> or <c>[*]</c> entry would silence or raise a rule in code and leave it as it
/// was in <c>appsettings.json</c>.
/// </summary>
/// <remarks>
/// The settings are those of the C# file nearest the configuration file (the longest common folder, then the first in
/// the compilation), read as the compiler reads them, most specific first: <c>dotnet_diagnostic.&lt;ID&gt;.severity</c>,
/// then <c>dotnet_analyzer_diagnostic.category-&lt;Category&gt;.severity</c>, then
/// <c>dotnet_analyzer_diagnostic.severity</c>. The project-wide settings still apply on top, as for any diagnostic.
/// </remarks>
internal static class FileSeverity
{
    private static readonly char[] Separators = ['/', '\\'];

    /// <summary>
    /// Wraps <paramref name="report"/> so that each diagnostic of the configuration file at <paramref name="path"/>
    /// gets the severity configured for the C# file nearest it; <paramref name="report"/> itself when the compilation
    /// has no C# file.
    /// </summary>
    /// <param name="compilation">The compilation.</param>
    /// <param name="options">The analyzer config options of the compilation.</param>
    /// <param name="path">The configuration file's path.</param>
    /// <param name="report">Where diagnostics go.</param>
    /// <param name="cancellationToken">Cancels reading the options.</param>
    /// <returns>The reporter to use for the file's findings.</returns>
    public static Action<Diagnostic> Reporter(
        Compilation compilation,
        AnalyzerConfigOptionsProvider options,
        string path,
        Action<Diagnostic> report,
        CancellationToken cancellationToken)
    {
        if (NearestCode(compilation, path) is not { } code)
        {
            return report;
        }

        var treeOptions = compilation.Options.SyntaxTreeOptionsProvider;
        var codeOptions = options.GetOptions(code);
        return diagnostic =>
        {
            var configured = Configured(treeOptions, codeOptions, code, diagnostic.Descriptor, cancellationToken);
            if (configured != ReportDiagnostic.Suppress)
            {
                report(SeverityOf(configured) is { } severity ? WithSeverity(diagnostic, severity) : diagnostic);
            }
        };
    }

    // Default (and anything else) keeps the severity the diagnostic was created with.
    private static DiagnosticSeverity? SeverityOf(ReportDiagnostic configured) => configured switch
    {
        ReportDiagnostic.Error => DiagnosticSeverity.Error,
        ReportDiagnostic.Warn => DiagnosticSeverity.Warning,
        ReportDiagnostic.Info => DiagnosticSeverity.Info,
        ReportDiagnostic.Hidden => DiagnosticSeverity.Hidden,
        _ => null,
    };

    /// <summary>The severity configured for <paramref name="descriptor"/> in <paramref name="code"/>, most specific entry first; Default when none is.</summary>
    private static ReportDiagnostic Configured(
        SyntaxTreeOptionsProvider? treeOptions,
        AnalyzerConfigOptions codeOptions,
        SyntaxTree code,
        DiagnosticDescriptor descriptor,
        CancellationToken cancellationToken)
    {
        foreach (var tag in descriptor.CustomTags)
        {
            if (tag == WellKnownDiagnosticTags.NotConfigurable)
            {
                return ReportDiagnostic.Default;
            }
        }

        // The compiler hands a rule's own entry only to the syntax tree options; the bulk entries stay analyzer options.
        if (treeOptions is not null && treeOptions.TryGetDiagnosticValue(code, descriptor.Id, cancellationToken, out var configured))
        {
            return configured;
        }

        return Entry(codeOptions, "dotnet_analyzer_diagnostic.category-" + descriptor.Category + ".severity")
            ?? Entry(codeOptions, "dotnet_analyzer_diagnostic.severity")
            ?? ReportDiagnostic.Default;
    }

    // An unknown value is ignored, as the compiler ignores it, and the next entry decides.
    private static ReportDiagnostic? Entry(AnalyzerConfigOptions options, string key)
        => !options.TryGetValue(key, out var value) ? null : value.Trim().ToLowerInvariant() switch
        {
            "error" => ReportDiagnostic.Error,
            "warning" => ReportDiagnostic.Warn,
            "suggestion" => ReportDiagnostic.Info,
            "silent" => ReportDiagnostic.Hidden,
            "none" => ReportDiagnostic.Suppress,
            "default" => ReportDiagnostic.Default,
            _ => null,
        };

    /// <summary>The C# file sharing the longest folder prefix with <paramref name="path"/>; the first such in the compilation.</summary>
    private static SyntaxTree? NearestCode(Compilation compilation, string path)
    {
        var folder = FolderOf(path);
        SyntaxTree? nearest = null;
        var best = -1;
        foreach (var tree in compilation.SyntaxTrees)
        {
            var shared = SharedPrefix(folder, FolderOf(tree.FilePath));
            if (shared > best)
            {
                (nearest, best) = (tree, shared);
            }
        }

        return nearest;
    }

    private static string FolderOf(string path)
    {
        var slash = path.LastIndexOfAny(Separators);
        return slash < 0 ? string.Empty : path.Substring(0, slash + 1);
    }

    // Whole folder names only: /src/App/ and /src/AppTests/ share /src/.
    private static int SharedPrefix(string a, string b)
    {
        var shared = 0;
        for (var i = 0; i < a.Length && i < b.Length; i++)
        {
            if (a[i] != b[i] && !(IsSeparator(a[i]) && IsSeparator(b[i])))
            {
                break;
            }

            if (IsSeparator(a[i]))
            {
                shared = i + 1;
            }
        }

        return shared;
    }

    private static bool IsSeparator(char c) => c is '/' or '\\';

    private static Diagnostic WithSeverity(Diagnostic diagnostic, DiagnosticSeverity severity)
    {
        if (diagnostic.Severity == severity)
        {
            return diagnostic;
        }

        var descriptor = diagnostic.Descriptor;
        return Diagnostic.Create(
            descriptor.Id,
            descriptor.Category,
            diagnostic.GetMessage(CultureInfo.InvariantCulture),
            severity,
            descriptor.DefaultSeverity,
            isEnabledByDefault: true,
            warningLevel: severity == DiagnosticSeverity.Error ? 0 : 1,
            title: descriptor.Title,
            description: descriptor.Description,
            helpLink: descriptor.HelpLinkUri,
            location: diagnostic.Location,
            additionalLocations: diagnostic.AdditionalLocations,
            customTags: descriptor.CustomTags,
            properties: diagnostic.Properties);
    }
}
