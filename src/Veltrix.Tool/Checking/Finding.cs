using Microsoft.CodeAnalysis;

namespace Veltrix.Tool.Checking;

/// <summary>One problem <c>check</c> found, located in the file the user wrote.</summary>
/// <param name="Id">The rule ID (<c>VLX1001</c>).</param>
/// <param name="Severity">The effective severity (the rule's default or the <c>.editorconfig</c> setting).</param>
/// <param name="Message">The message, exactly as the build prints it.</param>
/// <param name="Path">The file (or key-per-file directory entry), as the user named it.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
/// <param name="Descriptor">The rule.</param>
internal sealed record Finding(string Id, DiagnosticSeverity Severity, string Message, string Path, int Line, int Column, DiagnosticDescriptor Descriptor)
{
    /// <summary>The severity as compilers print it: <c>error</c>, <c>warning</c>, <c>info</c>.</summary>
    public string SeverityText => Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };
}
