namespace Veltrix.Analyzers.Tests.Infrastructure;

/// <summary>Paths inside the repository checkout the tests run from.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The repository root: the nearest ancestor of the test binaries that holds <c>Veltrix.Generated.sln</c>.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The analyzer project's directory (release-tracking files live there).</summary>
    public static string AnalyzerProject => Path.Combine(Root, "analyzers", "Veltrix.Analyzers");

    /// <summary>The directory of the diagnostic docs pages.</summary>
    public static string DiagnosticDocs => Path.Combine(Root, "docs", "diagnostics");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Veltrix.Generated.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Veltrix.Generated.sln above {AppContext.BaseDirectory}; the tests must run inside the checkout.");
    }
}
