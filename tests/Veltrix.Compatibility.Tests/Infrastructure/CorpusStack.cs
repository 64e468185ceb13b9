using System.Diagnostics.CodeAnalysis;

namespace Veltrix.Compatibility.Tests.Infrastructure;

/// <summary>
/// Files an upstream project loads together, in its order (<c>appsettings.json</c>, the
/// <c>appsettings.{Environment}.json</c> overlay it ships, its route file), and the options classes it binds from them.
/// </summary>
/// <param name="Corpus">The corpus folder (<c>Ocelot</c>).</param>
/// <param name="Name">The stack, named by its folder under the corpus (<c>samples/Basic</c>) and its files.</param>
/// <param name="Files">Paths relative to <c>Corpus/&lt;Corpus&gt;/</c>, earliest first.</param>
/// <param name="Roots">The options classes bound from the stack.</param>
[SuppressMessage("Naming", "CA1711", Justification = "A stack of configuration files, the word users of the corpus read; not a Stack<T>.")]
public sealed record CorpusStack(string Corpus, string Name, IReadOnlyList<string> Files, IReadOnlyList<CorpusRoot> Roots)
{
    /// <summary>Full paths of the files in the test output directory.</summary>
    public IReadOnlyList<string> FullPaths => [.. Files.Select(f => Path.Combine(AppContext.BaseDirectory, "Corpus", Corpus, f))];

    /// <inheritdoc/>
    public override string ToString() => "Corpus/" + Corpus + " stack=" + Name;
}
