using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Veltrix.Tool.Checking;

/// <summary>What one <c>check</c> run read and found.</summary>
/// <param name="App">The app's assembly.</param>
/// <param name="Schemas">The root schemas found in its metadata (type and section).</param>
/// <param name="Environments">The environments checked (empty: the files apply to every environment).</param>
/// <param name="Files">The files read, as the user named them.</param>
/// <param name="EditorConfigFiles">The <c>.editorconfig</c> files whose settings applied.</param>
/// <param name="Findings">The problems, ordered by file, line, column and ID.</param>
/// <param name="Rules">Every rule the check runs.</param>
internal sealed record CheckResult(
    string App,
    IReadOnlyList<(string Type, string Section)> Schemas,
    IReadOnlyList<string> Environments,
    IReadOnlyList<string> Files,
    IReadOnlyList<string> EditorConfigFiles,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<DiagnosticDescriptor> Rules);
