using System.Text.RegularExpressions;
using Veltrix.PackageTests.Infrastructure;
using Xunit.Abstractions;

namespace Veltrix.PackageTests.Consuming;

/// <summary>A new application that references only the package builds, runs and sees the package's diagnostics.</summary>
[Collection(PackageTestGroup.Name)]
public sealed partial class ConsumerTests(PackageFixture package, ITestOutputHelper output)
{
    [Fact]
    public void Consumer_BuiltFromPackage_ReadsAppSettingsThroughGeneratedCode()
    {
        var (consumer, build) = package.Consumer;
        Assert.True(build.ExitCode == 0, build.Output);

        var run = consumer.Run(new Dictionary<string, string?>()).EnsureSuccess();
        var values = ParseLines(run.Output);
        // Bound from appsettings.json by the generated binder; Ttl keeps the schema's initializer.
        Assert.Equal("orders-api", values["name"]);
        Assert.Equal("5005", values["port"]);
        Assert.Equal("a.internal,b.internal", values["hosts"]);
        Assert.Equal("25000", values["cache.maxentries"]);
        Assert.Equal("00:05:00", values["cache.ttl"]);
        // The generated key lookup, case-insensitive, and its redaction of secrets.
        Assert.Equal("25000", values["lookup"]);
        Assert.Equal("***", values["secret"]);
        // The schema hash is a constant the generator computed (with System.IO.Hashing, shipped beside it).
        Assert.Matches(HexHash(), values["schema"]);
        // The generated ToString() redacts the secret.
        Assert.Contains("***", values["text"], StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Consumer_ValueBreaksRule_GeneratedValidationRejectsIt()
    {
        var (consumer, build) = package.Consumer;
        Assert.True(build.ExitCode == 0, build.Output);

        var run = consumer.Run(new Dictionary<string, string?> { ["CONSUMER_App__Port"] = "70000" });

        Assert.True(run.ExitCode == 3, run.Output);
        Assert.Contains("CONSUMER_App__Port", run.Output, StringComparison.Ordinal);
        Assert.Contains("'App:Port'", run.Output, StringComparison.Ordinal);
        Assert.Contains("[Range]", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Consumer_ReferencesPackage_ImportsBuildTransitiveProps()
    {
        var (consumer, build) = package.Consumer;
        Assert.True(build.ExitCode == 0, build.Output);

        Assert.Equal("true", consumer.GetProperty("VeltrixGeneratedPackageImported"));
    }

    [Fact]
    public void Consumer_WithDeliberateDiagnostics_BuildReportsEachIdAtItsLocation()
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var deliberate in DeliberateDiagnostic.All)
        {
            files[deliberate.FileName] = deliberate.Text;
        }

        var consumer = ConsumerProject.Create(package, "consumer-diagnostic", files);

        var build = consumer.Build();
        PackageFigures.Report(output, $"consumer build with {DeliberateDiagnostic.All.Count} deliberate diagnostics {build.Seconds}");

        // TreatWarningsAsErrors turns the warnings into errors that fail the build, as in a user's project.
        Assert.True(build.ExitCode != 0, build.Output);
        var errors = ErrorLines(build.Output);
        foreach (var deliberate in DeliberateDiagnostic.All)
        {
            var expected = deliberate.FileName + (deliberate.Location ?? "(");
            Assert.True(
                errors.Exists(line => line.Contains(expected, StringComparison.Ordinal)
                    && line.Contains($"error {deliberate.Id}:", StringComparison.Ordinal)),
                $"No 'error {deliberate.Id}' at {expected} in:\n{string.Join('\n', errors)}");
        }

        // Nothing else broke the build: every error is one of the deliberate ones.
        Assert.All(errors, line => Assert.Contains(
            DeliberateDiagnostic.All,
            d => line.Contains($"error {d.Id}:", StringComparison.Ordinal) && line.Contains(d.FileName + "(", StringComparison.Ordinal)));
    }

    private static Dictionary<string, string> ParseLines(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                values[line[..equals]] = line[(equals + 1)..];
            }
        }

        return values;
    }

    private static List<string> ErrorLines(string text)
    {
        var lines = new List<string>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line.Contains(": error ", StringComparison.Ordinal))
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    [GeneratedRegex("^[0-9a-f]{16}$")]
    private static partial Regex HexHash();
}
