using System.Reflection;
using Microsoft.CodeAnalysis;
using Veltrix.Generators.Diagnostics;
using Veltrix.Generators.Tests.Infrastructure;
using Xunit;

namespace Veltrix.Generators.Tests;

/// <summary>
/// Every diagnostic the generator can report has a docs page, a release-tracking row that agrees with it, and a help
/// link to that page; and every generator docs page belongs to a diagnostic.
/// </summary>
public sealed class DiagnosticDocsTests
{
    private static readonly IReadOnlyList<DiagnosticDescriptor> Descriptors = ReadDescriptors();

    public static TheoryData<string> DescriptorIds => [.. Descriptors.Select(static d => d.Id)];

    [Fact]
    public void Descriptors_Always_MatchDiagnosticIdsOneToOne()
    {
        var ids = typeof(DiagnosticIds)
            .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(static f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(static f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(ids);
        Assert.Equal(ids, Descriptors.Select(static d => d.Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Descriptor_Always_HasDocsPageWithIdAndTitle(string id)
    {
        var descriptor = Descriptor(id);
        var page = Path.Combine(RepositoryPaths.DiagnosticDocs, id + ".md");

        Assert.True(File.Exists(page), $"{id} has no docs page at {page}.");
        var firstLine = File.ReadLines(page).First();
        Assert.Equal($"# {id}: {descriptor.Title}", firstLine);
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Descriptor_Always_HasMatchingReleaseTrackingRow(string id)
    {
        var descriptor = Descriptor(id);
        var rows = ReleaseTrackingRows().Where(r => r.Id == id).ToList();

        var row = Assert.Single(rows);
        Assert.Equal(descriptor.Category, row.Category);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), row.Severity);
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Descriptor_Always_HelpLinkPointsToDocsPage(string id)
    {
        var descriptor = Descriptor(id);

        Assert.EndsWith($"docs/diagnostics/{id}.md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        Assert.True(Uri.TryCreate(descriptor.HelpLinkUri, UriKind.Absolute, out _), $"{id}: '{descriptor.HelpLinkUri}' is not an absolute URI.");
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Descriptor_Always_HasShortTitleAndActionableMessage(string id)
    {
        var descriptor = Descriptor(id);
        var title = descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var message = descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.False(title.EndsWith('.'), $"{id}: the title ends with a period.");
        Assert.False(message.EndsWith('.'), $"{id}: the message ends with a period (Roslyn convention: no period).");
        Assert.True(descriptor.IsEnabledByDefault, $"{id} is disabled by default.");
    }

    [Fact]
    public void DocsPages_GeneratorRange_EachBelongsToADescriptor()
    {
        var pages = Directory.EnumerateFiles(RepositoryPaths.DiagnosticDocs, "VLX0*.md")
            .Select(static p => Path.GetFileNameWithoutExtension(p))
            .Order(StringComparer.Ordinal);

        Assert.Equal(Descriptors.Select(static d => d.Id).Order(StringComparer.Ordinal), pages);
    }

    private static DiagnosticDescriptor Descriptor(string id) => Descriptors.Single(d => d.Id == id);

    private static List<DiagnosticDescriptor> ReadDescriptors()
        => [.. typeof(DiagnosticDescriptors)
            .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(static f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(static f => (DiagnosticDescriptor)f.GetValue(null)!)];

    /// <summary>The rule rows (<c>ID | Category | Severity | Notes</c>) of both release-tracking files.</summary>
    private static IEnumerable<(string Id, string Category, string Severity)> ReleaseTrackingRows()
    {
        foreach (var file in new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" })
        {
            var path = Path.Combine(RepositoryPaths.GeneratorProject, file);
            if (!File.Exists(path))
            {
                continue;
            }

            foreach (var line in File.ReadLines(path))
            {
                var cells = line.Split('|', StringSplitOptions.TrimEntries);
                if (cells.Length >= 3 && cells[0].StartsWith("VLX", StringComparison.Ordinal))
                {
                    yield return (cells[0], cells[1], cells[2]);
                }
            }
        }
    }
}
