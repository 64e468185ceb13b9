using System.Text.RegularExpressions;

namespace Veltrix.PackageTests.Readme;

/// <summary>README's sections and fenced code blocks, found by heading and fence, as a reader finds them.</summary>
internal static partial class ReadmeText
{
    /// <summary>The text of the section under <paramref name="heading"/> (<c>## Hosting</c>), up to the next <c>## </c> heading.</summary>
    public static string Section(string readme, string heading)
    {
        var start = readme.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, heading);
        var end = readme.IndexOf("\n## ", start + heading.Length + 2, StringComparison.Ordinal);
        return readme[start..(end < 0 ? readme.Length : end)].Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>The fenced blocks of a section, in order, each with the paragraph before it.</summary>
    public static List<ReadmeBlock> Blocks(string section)
    {
        var blocks = new List<ReadmeBlock>();
        var position = 0;
        foreach (Match match in FencePattern().Matches(section))
        {
            var before = section[position..match.Index];
            var paragraph = before.TrimEnd();
            var paragraphStart = paragraph.LastIndexOf("\n\n", StringComparison.Ordinal);
            blocks.Add(new ReadmeBlock(match.Groups[1].Value, match.Groups[2].Value, paragraphStart < 0 ? paragraph : paragraph[paragraphStart..]));
            position = match.Index + match.Length;
        }

        return blocks;
    }

    /// <summary>The file the text before a block names last, such as "Describe the configuration in `AppConfig.cs`:", or null.</summary>
    public static string? NamedFile(ReadmeBlock block)
    {
        var names = FileNamePattern().Matches(block.Before);
        return names.Count > 0 ? names[^1].Groups[1].Value : null;
    }

    /// <summary>A shell line without its trailing <c># comment</c>.</summary>
    public static string WithoutComment(string line) => CommentPattern().Replace(line, string.Empty).Trim();

    /// <summary>The folder of a <c>mkdir X &amp;&amp; cd X</c> line, or null.</summary>
    public static string? MkdirCd(string line) => MkdirCdPattern().Match(line) is { Success: true } match ? match.Groups[1].Value : null;

    [GeneratedRegex(@"```(\w+)\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex FencePattern();

    [GeneratedRegex(@"\s+#\s.*$")]
    private static partial Regex CommentPattern();

    [GeneratedRegex(@"^mkdir (\S+) && cd \1$")]
    private static partial Regex MkdirCdPattern();

    [GeneratedRegex(@"`([\w.]+\.(?:cs|json|csproj))`")]
    private static partial Regex FileNamePattern();
}
