using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Veltrix.PackageTests.Infrastructure;

namespace Veltrix.PackageTests.Layout;

/// <summary>The package holds exactly the intended files and metadata, and nothing a consumer should not get.</summary>
[Collection(PackageTestGroup.Name)]
public sealed class PackageLayoutTests(PackageFixture package)
{
    /// <summary>
    /// Every file of the package, sorted ordinally, without the packaging format's own parts (<c>_rels/</c>,
    /// <c>[Content_Types].xml</c>, <c>package/services/</c>). A change here is a change to what every user gets:
    /// review it as such.
    /// </summary>
    private static readonly string[] ExpectedFiles =
    [
        "README.md",
        "Veltrix.Generated.nuspec",
        // Compile-time components, loaded by the compiler and the IDE. System.IO.Hashing is the generator's
        // dependency; the code fixes sit beside the analyzers; no Roslyn or Workspaces assembly ships.
        "analyzers/dotnet/cs/System.IO.Hashing.dll",
        "analyzers/dotnet/cs/Veltrix.Analyzers.dll",
        "analyzers/dotnet/cs/Veltrix.CodeFixes.dll",
        "analyzers/dotnet/cs/Veltrix.Generators.dll",
        "buildTransitive/Veltrix.Generated.Schema.targets",
        "buildTransitive/Veltrix.Generated.props",
        "buildTransitive/Veltrix.Generated.targets",
        "lib/net10.0/Veltrix.Generated.dll",
        "lib/net10.0/Veltrix.Generated.xml",
    ];

    [Fact]
    public void ExpectedFiles_AreSortedOrdinally()
    {
        // Kept sorted so that a failure's diff reads line by line.
        Assert.Equal(ExpectedFiles.Order(StringComparer.Ordinal), ExpectedFiles);
    }

    [Fact]
    public void Package_Files_AreExactlyTheIntendedList()
    {
        var actual = PackageFiles(package.NupkgPath);

        var missing = ExpectedFiles.Except(actual, StringComparer.Ordinal).ToList();
        var unexpected = actual.Except(ExpectedFiles, StringComparer.Ordinal).ToList();
        if (missing.Count > 0 || unexpected.Count > 0)
        {
            var message = new StringBuilder();
            message.AppendLine($"{Path.GetFileName(package.NupkgPath)} does not hold exactly the intended files.");
            foreach (var file in missing)
            {
                message.AppendLine("  - " + file + "    (expected, missing)");
            }

            foreach (var file in unexpected)
            {
                message.AppendLine("  + " + file + "    (in the package, not expected)");
            }

            message.AppendLine("Whole package:");
            foreach (var file in actual)
            {
                message.AppendLine("    " + file);
            }

            message.Append("If the change is intended, update PackageLayoutTests.ExpectedFiles.");
            Assert.Fail(message.ToString());
        }
    }

    [Fact]
    public void Package_Nuspec_CarriesMetadataAndOnlyTheRuntimeDependency()
    {
        var metadata = ReadNuspec(package.NupkgPath);
        XNamespace ns = metadata.Name.Namespace;

        Assert.Equal(PackageFixture.PackageId, metadata.Element(ns + "id")?.Value);
        Assert.Equal(package.Version, metadata.Element(ns + "version")?.Value);
        var license = metadata.Element(ns + "license");
        Assert.Equal("expression", license?.Attribute("type")?.Value);
        Assert.Equal("MIT", license?.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")?.Value);
        Assert.Equal("https://github.com/veltrix/Veltrix.Generated", metadata.Element(ns + "repository")?.Attribute("url")?.Value);
        Assert.Equal("https://github.com/veltrix/Veltrix.Generated", metadata.Element(ns + "projectUrl")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(metadata.Element(ns + "description")?.Value));
        Assert.Contains("source-generator", metadata.Element(ns + "tags")?.Value ?? "", StringComparison.Ordinal);

        // The runtime's one dependency; the generator, analyzers and code fixes are inside the package, not
        // dependencies of it, and their Roslyn references never reach a consumer.
        var groups = metadata.Element(ns + "dependencies")?.Elements(ns + "group").ToList() ?? [];
        var group = Assert.Single(groups);
        Assert.Equal("net10.0", group.Attribute("targetFramework")?.Value);
        var dependency = Assert.Single(group.Elements(ns + "dependency"));
        Assert.Equal("System.IO.Hashing", dependency.Attribute("id")?.Value);
    }

    [Fact]
    public void SymbolsPackage_HoldsTheRuntimePdb()
    {
        Assert.Contains("lib/net10.0/Veltrix.Generated.pdb", PackageFiles(package.SnupkgPath));
    }

    [Fact]
    public void Package_Readme_ShowsHowToAddIt()
    {
        using var archive = ZipFile.OpenRead(package.NupkgPath);
        var entry = archive.GetEntry("README.md");
        Assert.NotNull(entry);
        using var reader = new StreamReader(entry.Open());
        var readme = reader.ReadToEnd();

        Assert.Contains("dotnet add package Veltrix.Generated", readme, StringComparison.Ordinal);
        Assert.Contains("[VeltrixConfig(", readme, StringComparison.Ordinal);
    }

    private static List<string> PackageFiles(string path)
    {
        using var archive = ZipFile.OpenRead(path);
        var files = new List<string>();
        foreach (var entry in archive.Entries)
        {
            var name = entry.FullName;
            if (name == "[Content_Types].xml"
                || name.StartsWith("_rels/", StringComparison.Ordinal)
                || name.StartsWith("package/services/", StringComparison.Ordinal))
            {
                continue;
            }

            files.Add(name);
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static XElement ReadNuspec(string path)
    {
        using var archive = ZipFile.OpenRead(path);
        var entry = archive.GetEntry(PackageFixture.PackageId + ".nuspec");
        Assert.NotNull(entry);
        using var stream = entry.Open();
        var document = XDocument.Load(stream);
        var metadata = document.Root?.Element(document.Root.Name.Namespace + "metadata");
        Assert.NotNull(metadata);
        return metadata;
    }
}
