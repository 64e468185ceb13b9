namespace Veltrix.Tool.Loading;

/// <summary>The app a command reads schemas from.</summary>
/// <param name="AssemblyPath">Its compiled assembly.</param>
/// <param name="ProjectDirectory">Its project's folder, when a project was named (where its <c>.editorconfig</c> applies).</param>
internal sealed record AppTarget(string AssemblyPath, string? ProjectDirectory);
