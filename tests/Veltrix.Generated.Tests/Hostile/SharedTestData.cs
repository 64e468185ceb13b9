namespace Veltrix.Tests.Hostile;

/// <summary>
/// Finds test data kept beside the repository in <c>../shared</c> (the repository root's sibling), as CI lays it out.
/// </summary>
public static class SharedTestData
{
    /// <summary>The <c>test_parsing</c> directory of JSONTestSuite.</summary>
    public static string JsonTestSuiteParsing => Locate(Path.Combine("testdata", "JSONTestSuite", "test_parsing"));

    /// <summary>The <c>test_transform</c> directory of JSONTestSuite.</summary>
    public static string JsonTestSuiteTransform => Locate(Path.Combine("testdata", "JSONTestSuite", "test_transform"));

    private static string Locate(string relative)
    {
        // Walk up from the test assembly to the repository root (the directory holding the solution), then across.
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Veltrix.Generated.sln")))
        {
            directory = directory.Parent;
        }

        if (directory?.Parent is null)
        {
            throw new InvalidOperationException($"Could not find the repository root (the directory holding Veltrix.Generated.sln) above {AppContext.BaseDirectory}.");
        }

        var path = Path.Combine(directory.Parent.FullName, "shared", relative);
        if (!Directory.Exists(path))
        {
            throw new InvalidOperationException($"The shared test data is missing: expected {path} (the repository's sibling directory 'shared', as in CI).");
        }

        return path;
    }
}
