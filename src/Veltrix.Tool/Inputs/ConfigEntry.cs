namespace Veltrix.Tool.Inputs;

/// <summary>One key a non-JSON layer sets (an environment-file line, a key-per-file file), with where it was written.</summary>
/// <param name="Key">The key path, <c>__</c> already read as <c>:</c> (<c>Server:Port</c>).</param>
/// <param name="Value">The value, as the app's source would read it.</param>
/// <param name="Path">The file that sets it, as the user named it.</param>
/// <param name="Line">The 1-based line of the entry (1 for a key-per-file file).</param>
/// <param name="NameColumn">The 1-based column where the variable name starts.</param>
/// <param name="ValueColumn">The 1-based column where the value starts.</param>
/// <param name="Variable">The environment variable's full name (prefix included), or null for a key-per-file file.</param>
internal sealed record ConfigEntry(string Key, string Value, string Path, int Line, int NameColumn, int ValueColumn, string? Variable);
