using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Veltrix.Analyzers.Diagnostics;
using Veltrix.Analyzers.Tests.Infrastructure;

namespace Veltrix.Analyzers.Tests;

/// <summary>
/// Every analyzer diagnostic has an ID constant, a docs page, a release-tracking row that agrees with it, a help
/// link to that page and a row in the README's rule table; every analyzer reports only catalogued descriptors;
/// every code fix fixes a catalogued ID and supports Fix All, and no ID has two code fixes.
/// </summary>
public sealed class DiagnosticCatalogTests
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

    [Fact]
    public void Analyzers_Always_ReportOnlyCataloguedDescriptors()
    {
        var analyzers = Instantiate<DiagnosticAnalyzer>(typeof(DiagnosticDescriptors).Assembly);
        Assert.NotEmpty(analyzers);

        foreach (var analyzer in analyzers)
        {
            foreach (var supported in analyzer.SupportedDiagnostics)
            {
                Assert.Contains(supported, Descriptors);
            }
        }
    }

    [Fact]
    public void CodeFixes_Always_FixCataloguedIdsWithFixAll()
    {
        var fixes = Instantiate<CodeFixProvider>(Assembly.Load("Veltrix.CodeFixes"));

        foreach (var fix in fixes)
        {
            Assert.NotEmpty(fix.FixableDiagnosticIds);
            Assert.All(fix.FixableDiagnosticIds, id => Assert.Contains(id, Descriptors.Select(static d => d.Id)));
            Assert.NotNull(fix.GetFixAllProvider());
            Assert.NotNull(fix.GetType().GetCustomAttribute<ExportCodeFixProviderAttribute>());
        }
    }

    [Fact]
    public void CodeFixes_Always_OneProviderPerId()
    {
        // dotnet format analyzers applies one provider per diagnostic ID: a second provider's fixes would never run there.
        var ids = Instantiate<CodeFixProvider>(Assembly.Load("Veltrix.CodeFixes")).SelectMany(static f => f.FixableDiagnosticIds).ToList();

        Assert.Equal(ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Descriptor_Always_HasDocsPageWithIdAndTitle(string id)
    {
        var descriptor = Descriptor(id);
        var page = Path.Combine(RepositoryPaths.DiagnosticDocs, id + ".md");

        Assert.True(File.Exists(page), $"{id} has no docs page at {page}.");
        Assert.Equal($"# {id}: {descriptor.Title}", File.ReadLines(page).First());
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Descriptor_Always_HasMatchingReleaseTrackingRow(string id)
    {
        var descriptor = Descriptor(id);
        var row = Assert.Single(ReleaseTrackingRows(), r => r.Id == id);

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
    public void Descriptor_Always_HasShortTitleActionableMessageAndDescription(string id)
    {
        var descriptor = Descriptor(id);
        var title = descriptor.Title.ToString(CultureInfo.InvariantCulture);
        var message = descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture);

        Assert.False(title.EndsWith('.'), $"{id}: the title ends with a period.");
        Assert.False(message.EndsWith('.'), $"{id}: the message ends with a period (Roslyn convention: no period).");
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString(CultureInfo.InvariantCulture)), $"{id} has no description.");
        Assert.True(descriptor.IsEnabledByDefault, $"{id} is disabled by default.");
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Descriptor_Always_ListedInReadmeRuleTable(string id)
    {
        var readme = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "README.md"));

        Assert.Contains(readme, line => line.StartsWith('|') && line.Contains($"[{id}]", StringComparison.Ordinal));
    }

    [Fact]
    public void DocsPages_AnalyzerRanges_EachBelongsToADescriptor()
    {
        var pages = Directory.EnumerateFiles(RepositoryPaths.DiagnosticDocs, "VLX*.md")
            .Select(static p => Path.GetFileNameWithoutExtension(p))
            .Where(static id => id[3] != '0')
            .Order(StringComparer.Ordinal);

        Assert.Equal(Descriptors.Select(static d => d.Id).Order(StringComparer.Ordinal), pages);
    }

    private static DiagnosticDescriptor Descriptor(string id) => Descriptors.Single(d => d.Id == id);

    private static List<DiagnosticDescriptor> ReadDescriptors()
        => [.. typeof(DiagnosticDescriptors)
            .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(static f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(static f => (DiagnosticDescriptor)f.GetValue(null)!)];

    private static List<T> Instantiate<T>(Assembly assembly)
        => [.. assembly.GetTypes()
            .Where(static t => typeof(T).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(static t => (T)Activator.CreateInstance(t)!)];

    /// <summary>The rule rows (<c>ID | Category | Severity | Notes</c>) of both release-tracking files.</summary>
    private static List<(string Id, string Category, string Severity)> ReleaseTrackingRows()
    {
        var rows = new List<(string, string, string)>();
        foreach (var file in new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" })
        {
            foreach (var line in File.ReadLines(Path.Combine(RepositoryPaths.AnalyzerProject, file)))
            {
                var cells = line.Split('|', StringSplitOptions.TrimEntries);
                if (cells.Length >= 3 && cells[0].StartsWith("VLX", StringComparison.Ordinal))
                {
                    rows.Add((cells[0], cells[1], cells[2]));
                }
            }
        }

        return rows;
    }
}
