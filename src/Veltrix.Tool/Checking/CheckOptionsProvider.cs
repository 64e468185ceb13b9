using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Veltrix.Tool.Checking;

/// <summary>
/// What the build's options provider would give the config-file analyzer: the <c>.editorconfig</c> settings that
/// apply to the schemas' source (rule thresholds, read as global options for schemas compiled into an assembly), and
/// per file the item metadata the package's MSBuild items carry (<c>VeltrixConfigFile</c>) plus the explicit layers of
/// a deploy's stack.
/// </summary>
internal sealed class CheckOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, AnalyzerConfigOptions> _files = new(StringComparer.Ordinal);

    /// <summary>Creates the provider.</summary>
    /// <param name="global">The settings that apply to the schemas' source files.</param>
    public CheckOptionsProvider(AnalyzerConfigOptions global) => GlobalOptions = global;

    /// <inheritdoc />
    public override AnalyzerConfigOptions GlobalOptions { get; }

    /// <summary>Sets the options of one additional file.</summary>
    /// <param name="path">The file's path, as the analyzer knows it.</param>
    /// <param name="options">Its options.</param>
    public void SetFileOptions(string path, IEnumerable<KeyValuePair<string, string>> options) => _files[path] = new DictionaryOptions(options);

    /// <inheritdoc />
    /// <remarks>The check's one C# file stands where the schemas' source would be: it has the settings they would have.</remarks>
    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

    /// <inheritdoc />
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => _files.TryGetValue(textFile.Path, out var options) ? options : DictionaryOptions.Empty;
}
