using Xunit;

namespace Veltrix.Generators.Tests.Infrastructure;

/// <summary>The golden-file rules of <see cref="Snapshot.Check"/>: received files, diffs, accepting, and refusal in CI.</summary>
public sealed class SnapshotCheckTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "veltrix-snapshot-tests", Guid.NewGuid().ToString("N"));

    private string Verified => Path.Combine(_directory, "Snapshots", "SomeTests.Some_Case_Works.verified.txt");

    private string Received => Path.Combine(_directory, "Snapshots", "SomeTests.Some_Case_Works.received.txt");

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void Check_GoldenMissing_FailsAndWritesReceived()
    {
        var failure = Snapshot.Check("line\n", Verified, accept: false, isCi: false);

        Assert.NotNull(failure);
        Assert.Contains("does not exist", failure, StringComparison.Ordinal);
        Assert.False(File.Exists(Verified));
        Assert.Equal("line\n", File.ReadAllText(Received));
    }

    [Fact]
    public void Check_SameTextWithCrLfGolden_PassesAndRemovesStaleReceived()
    {
        WriteGolden("a\r\nb\r\n");
        File.WriteAllText(Received, "stale");

        var failure = Snapshot.Check("a\nb", Verified, accept: false, isCi: false);

        Assert.Null(failure);
        Assert.False(File.Exists(Received));
    }

    [Fact]
    public void Check_DifferentText_FailsWithDiffAndWritesReceived()
    {
        WriteGolden("one\ntwo\nthree\n");

        var failure = Snapshot.Check("one\nTWO\nthree\n", Verified, accept: false, isCi: false);

        Assert.NotNull(failure);
        Assert.Contains("-     2 | two", failure, StringComparison.Ordinal);
        Assert.Contains("+     2 | TWO", failure, StringComparison.Ordinal);
        Assert.Contains("      1 | one", failure, StringComparison.Ordinal);
        Assert.Equal("one\nTWO\nthree\n", File.ReadAllText(Received));
        Assert.Equal("one\ntwo\nthree\n", File.ReadAllText(Verified));
    }

    [Fact]
    public void Check_ManyDifferences_ShowsAtMostTheLimit()
    {
        WriteGolden(string.Concat(Enumerable.Range(0, 200).Select(static i => $"old {i}\n")));

        var failure = Snapshot.Check(string.Concat(Enumerable.Range(0, 200).Select(static i => $"new {i}\n")), Verified, accept: false, isCi: false);

        Assert.NotNull(failure);
        var shown = failure.Split('\n').Count(static l => l.StartsWith("- ", StringComparison.Ordinal) || l.StartsWith("+ ", StringComparison.Ordinal));
        Assert.Equal(Snapshot.MaxDiffLines, shown);
        Assert.Contains("320 more differing lines", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AcceptOutsideCi_RewritesGoldenAndPasses()
    {
        WriteGolden("old\n");

        var failure = Snapshot.Check("new\r\n", Verified, accept: true, isCi: false);

        Assert.Null(failure);
        Assert.Equal("new\n", File.ReadAllText(Verified));
        Assert.False(File.Exists(Received));
    }

    [Fact]
    public void Check_AcceptInCi_FailsAndLeavesGoldenAlone()
    {
        WriteGolden("old\n");

        var failure = Snapshot.Check("new\n", Verified, accept: true, isCi: true);

        Assert.NotNull(failure);
        Assert.Contains("CI=true", failure, StringComparison.Ordinal);
        Assert.Equal("old\n", File.ReadAllText(Verified));
    }

    [Fact]
    public void VerifiedPath_TestSourceFile_IsInSnapshotsBesideIt()
    {
        var source = Path.Combine(_directory, "SomeTests.cs");
        Directory.CreateDirectory(_directory);

        var path = Snapshot.VerifiedPath(source, "Some_Case_Works");

        Assert.Equal(Verified, path);
        Assert.Equal(Received, Snapshot.ReceivedPath(path));
    }

    private void WriteGolden(string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Verified)!);
        File.WriteAllText(Verified, text);
    }
}
