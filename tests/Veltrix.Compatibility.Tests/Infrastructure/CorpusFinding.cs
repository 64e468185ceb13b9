namespace Veltrix.Compatibility.Tests.Infrastructure;

/// <summary>One disagreement between ConfigurationBinder and Veltrix on a corpus input, printed as one line.</summary>
/// <param name="Stack">The file stack.</param>
/// <param name="Scenario">The overrides applied over it.</param>
/// <param name="Root">The options class.</param>
/// <param name="Kind">How the binders disagree.</param>
/// <param name="Path">The key path that differs; the section for a rejection.</param>
/// <param name="Binder">ConfigurationBinder's value (or its error).</param>
/// <param name="Veltrix">Veltrix's value (or its error).</param>
public sealed record CorpusFinding(CorpusStack Stack, string Scenario, string Root, FindingKind Kind, string Path, string Binder, string Veltrix)
{
    /// <summary>
    /// <c>Corpus/Ocelot stack=samples/Basic scenario=files root=FileConfiguration path=Routes:0:Priority binder=1 veltrix=0</c>.
    /// </summary>
    public override string ToString()
    {
        var kind = Kind == FindingKind.Difference ? string.Empty : " kind=" + Kind;
        return $"{Stack} scenario={Scenario} root={Root}{kind} path={Path} binder={OneLine(Binder)} veltrix={OneLine(Veltrix)}";
    }

    // One line per finding: line breaks folded, the output directory left out of file names, and a value past
    // 200 characters (Ocelot's Metadata holds whole JSON documents) cut with its length.
    private static string OneLine(string text)
    {
        var line = text.ReplaceLineEndings(" | ").Replace(AppContext.BaseDirectory, string.Empty, StringComparison.Ordinal);
        return line.Length <= 200 ? line : string.Concat(line.AsSpan(0, 200), $"… ({line.Length} characters)");
    }
}
