using Xunit.Abstractions;

namespace Veltrix.Tests.Sample;

/// <summary>
/// The sample's <c>--watch</c> as a user runs it, in its own process without a terminal: it names the files it
/// watches, prints a change set per save, a rejected save, the recovery after it and a typo, and runs until Ctrl+C.
/// </summary>
public sealed class SampleWatchTests(ITestOutputHelper output)
{
    [Fact]
    public void Watch_WithoutATerminal_PrintsChangesRejectionRecoveryAndTypos_UntilCtrlC()
    {
        using var sample = SampleProcess.Start();
        try
        {
            sample.WaitFor("Watching these files; save one to see its change set (Ctrl+C quits):");
            sample.WaitFor("  " + sample.BaseFile);

            sample.SaveBase("\"Port\": 8080,", "\"Port\": 8081,");
            sample.WaitFor("generation 2: 1 key(s) changed");
            sample.WaitFor("  Server:Port: 8080 -> 8081");

            File.WriteAllText(sample.BaseFile, "{ \"Server\": { ");
            sample.WaitFor("reload rejected, still serving generation 2:");

            sample.SaveBase("\"Port\": 8080,", "\"Port\": 8080, \"Prot\": 1,");
            sample.WaitFor("  Server:Port: 8081 -> 8080");
            var typo = sample.WaitFor("warning: ");
            sample.WaitFor("reload recovered: the files are valid again, serving generation 3");
            Assert.Equal(
                $"warning: {sample.BaseFile}:6:27: 'Server:Prot': The key is not in the schema of section 'Server'; did you mean 'Server:Port'? Its value is ignored. [UnknownKey]",
                typo);

            Assert.Equal(0, sample.Interrupt());
        }
        finally
        {
            output.WriteLine(sample.Transcript);
        }
    }

    [Fact]
    public void Build_RecordsTheProjectFolder_SoThatWatchUnderDotnetRunWatchesTheFilesTheUserEdits()
    {
        var recorded = typeof(Veltrix.Sample.ServerConfig).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .Single(static a => a.Key == "Veltrix.Sample.ProjectDirectory").Value!;

        Assert.True(File.Exists(Path.Combine(recorded, "Veltrix.Sample.csproj")), recorded);
        Assert.True(File.Exists(Path.Combine(recorded, "appsettings.json")), recorded);
    }

    [Fact]
    public void Help_PrintsUsageInsteadOfReadingItAsAKey()
    {
        using var sample = SampleProcess.Start("--help");

        Assert.True(sample.Process.WaitForExit(SampleProcess.Patience));
        Assert.Equal(0, sample.Process.ExitCode);
        Assert.StartsWith("Veltrix sample: prints the effective configuration", sample.WaitFor("Veltrix sample:"), StringComparison.Ordinal);
        sample.WaitFor("  --watch            keep running and print each change set when appsettings*.json is saved");
    }
}
