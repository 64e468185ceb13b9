using System.Threading;
using Microsoft.CodeAnalysis;

namespace Veltrix.Tool.Checking;

/// <summary>
/// The rule severities of the check's one C# file (<see cref="EditorConfigSettings.AnchorPath"/>): those the
/// <c>.editorconfig</c> sections matching it set, as the build's syntax tree options would give them, and those a global
/// configuration sets.
/// </summary>
/// <param name="settings">The settings read for the anchor directory.</param>
internal sealed class CheckTreeOptions(EditorConfigSettings settings) : SyntaxTreeOptionsProvider
{
    /// <inheritdoc />
    public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.NotGenerated;

    /// <inheritdoc />
    public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        => settings.AnchorSeverities.TryGetValue(diagnosticId, out severity);

    /// <inheritdoc />
    public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        => settings.Severities.TryGetValue(diagnosticId, out severity);
}
