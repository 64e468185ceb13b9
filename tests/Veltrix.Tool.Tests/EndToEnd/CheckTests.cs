using System.Text.Json;
using Veltrix.Tool.Tests.Infrastructure;

namespace Veltrix.Tool.Tests.EndToEnd;

/// <summary><c>veltrix check</c>, run as installed, against the built sample: exit codes, text, JSON and SARIF.</summary>
[Collection(ToolTestGroup.Name)]
public sealed class CheckTests(ToolFixture tool)
{
    [Fact]
    public void SampleFiles_OneDeliberateWarning_ExitOneWithTheBuildsLine()
    {
        var run = tool.Veltrix("check", tool.SampleAssembly, Path.Combine(tool.SampleDirectory, "appsettings.json"), Path.Combine(tool.SampleDirectory, "appsettings.Production.json"))
            .Expect(1);

        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var finding = Assert.Single(lines, l => l.Contains(": warning VLX", StringComparison.Ordinal));
        Assert.Contains("appsettings.json(15,18): warning VLX2006: 4 attempts ('Retries' retries plus the first) × 'Attempt' (00:00:15)", finding, StringComparison.Ordinal);
        Assert.Contains("0 error(s), 1 warning(s)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Veltrix.Sample.ServerConfig ('Server')", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void CleanFiles_ExitZero()
    {
        var directory = tool.NewDirectory("clean");
        File.WriteAllText(Path.Combine(directory, "appsettings.json"), """{ "Server": { "Name": "a", "Port": 8081, "Timeouts": { "Retries": 1 } } }""");
        var run = tool.Veltrix("check", tool.SampleAssembly, directory).Expect(0);
        Assert.Contains("0 error(s), 0 warning(s)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void FailOnError_WarningsOnly_ExitZero()
        => tool.Veltrix("check", tool.SampleAssembly, Path.Combine(tool.SampleDirectory, "appsettings.json"), "--fail-on", "Error").Expect(0);

    [Fact]
    public void BadFiles_Json_EveryFindingParsedBack()
    {
        var directory = WriteBad();
        var run = tool.Veltrix("check", tool.SampleAssembly, directory, "--format", "json").Expect(1);

        using var json = run.Json();
        var root = json.RootElement;
        Assert.Equal(tool.SampleAssembly, root.GetProperty("app").GetString());
        Assert.Equal("Server", Assert.Single(root.GetProperty("schemas").EnumerateArray()).GetProperty("section").GetString());
        Assert.Equal(["Production"], root.GetProperty("environments").EnumerateArray().Select(e => e.GetString()));
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        var ids = findings.Select(f => f.GetProperty("id").GetString()).ToHashSet();
        foreach (var expected in BadConfiguration.ExpectedIds)
        {
            Assert.Contains(expected, ids);
        }

        var unknown = Assert.Single(findings, f => f.GetProperty("id").GetString() == "VLX4002");
        Assert.Equal(Path.Combine(directory, "appsettings.json"), unknown.GetProperty("path").GetString());
        Assert.Equal(5, unknown.GetProperty("line").GetInt32());
        Assert.Equal("warning", unknown.GetProperty("severity").GetString());
        Assert.Contains("Port", unknown.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("docs/diagnostics/VLX4002.md", unknown.GetProperty("helpUri").GetString(), StringComparison.Ordinal);

        var summary = root.GetProperty("summary");
        Assert.Equal(findings.Count(f => f.GetProperty("severity").GetString() == "error"), summary.GetProperty("errors").GetInt32());
        Assert.True(summary.GetProperty("errors").GetInt32() > 0);
    }

    [Fact]
    public void BadFiles_Sarif_ValidShapeWithRulesAndRelativeLocations()
    {
        var directory = WriteBad();
        var sarifPath = Path.Combine(directory, "check.sarif");
        tool.Veltrix("check", tool.SampleAssembly, directory, "--format", "sarif", "--output", sarifPath).Expect(1);

        using var sarif = JsonDocument.Parse(File.ReadAllText(sarifPath));
        var root = sarif.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Contains("sarif-2.1.0", root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("veltrix", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Contains(rules, r => r.GetProperty("id").GetString() == "VLX4004" && r.GetProperty("helpUri").GetString()!.EndsWith("VLX4004.md", StringComparison.Ordinal));

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        foreach (var result in results)
        {
            var ruleIndex = result.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(result.GetProperty("ruleId").GetString(), rules[ruleIndex].GetProperty("id").GetString());
            Assert.Contains(result.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            var location = Assert.Single(result.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
            var uri = location.GetProperty("artifactLocation").GetProperty("uri").GetString()!;

            // The tool ran in the fixture's root, which holds the files: paths are relative to it, as CI expects.
            Assert.StartsWith(Path.GetFileName(directory) + "/appsettings", uri, StringComparison.Ordinal);
            Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
        }
    }

    [Fact]
    public void EnvironmentFileAndConfigMap_FindingsNameTheLineTheUserWrote()
    {
        var deploy = tool.NewDirectory("deploy");
        var envFile = Path.Combine(deploy, "production.env");
        File.WriteAllText(envFile, "# rendered by the pipeline\nSAMPLE_Server__Workers__Count=0\nSAMPLE_Server__Prot=1\nPATH=/usr/bin\nSAMPLE_Server__Timeouts__Request=30\n");

        // A ConfigMap as Kubernetes mounts it: the files live in a timestamped folder that ..data points at.
        var configMap = Path.Combine(deploy, "configmap");
        var payload = Path.Combine(configMap, "..2026_12_07_10_00_00.000000001");
        Directory.CreateDirectory(payload);
        File.WriteAllText(Path.Combine(payload, "Server__Cache__MaxEntries"), "0\n");
        File.CreateSymbolicLink(Path.Combine(configMap, "..data"), Path.GetFileName(payload));
        File.CreateSymbolicLink(Path.Combine(configMap, "Server__Cache__MaxEntries"), Path.Combine("..data", "Server__Cache__MaxEntries"));

        var run = tool.Veltrix("check", tool.SampleAssembly, Path.Combine(tool.SampleDirectory, "appsettings.json"), envFile, configMap, "--env-prefix", "SAMPLE_", "-f", "json")
            .Expect(1);

        using var json = run.Json();
        var findings = json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (Id: f.GetProperty("id").GetString(), Path: f.GetProperty("path").GetString(), Line: f.GetProperty("line").GetInt32(), Column: f.GetProperty("column").GetInt32()))
            .ToList();
        Assert.Contains(("VLX2001", envFile, 2, 31), findings);                 // the value 0, after "SAMPLE_Server__Workers__Count="
        Assert.Contains(("VLX4002", envFile, 3, 1), findings);                  // the variable's name
        Assert.Contains(("VLX4007", envFile, 5, 34), findings);                 // 30 days, not 30 seconds
        Assert.Contains(("VLX1001", Path.Combine(configMap, "Server__Cache__MaxEntries"), 1, 1), findings);
        Assert.DoesNotContain(findings, f => f.Path!.Contains("..", StringComparison.Ordinal));
    }

    [Fact]
    public void EnvironmentFileOverJson_JudgedOnTheStacksEffectiveValues()
    {
        var directory = tool.NewDirectory("stack");
        File.WriteAllText(Path.Combine(directory, "appsettings.json"), """{ "Server": { "Timeouts": { "Request": "00:00:20", "Retries": 0 } } }""");
        var envFile = Path.Combine(directory, "production.env");
        File.WriteAllText(envFile, "SAMPLE_Server__Name=orders\nSAMPLE_Server__Timeouts__Retries=1\n");

        var run = tool.Veltrix("check", tool.SampleAssembly, Path.Combine(directory, "appsettings.json"), envFile, "--env-prefix", "SAMPLE_").Expect(1);

        // Two attempts of the 15 s default exceed the 20 s the JSON file sets: only the merged stack shows it. The
        // required Name comes from the environment file, so no file of the stack reports it missing.
        var finding = Assert.Single(run.Output.Split('\n'), l => l.Contains(" VLX", StringComparison.Ordinal));
        Assert.StartsWith(envFile + "(2,34): warning VLX2006: 2 attempts", finding, StringComparison.Ordinal);
    }

    [Fact]
    public void EditorConfigThreshold_AppliesAsInTheBuild()
    {
        var directory = tool.NewDirectory("thresholds");
        File.WriteAllText(Path.Combine(directory, "appsettings.json"), """{ "Server": { "Name": "a", "Cache": { "MaxEntries": 200000 }, "Timeouts": { "Retries": 1 } } }""");
        tool.Veltrix("check", tool.SampleAssembly, directory).Expect(0);

        File.WriteAllText(Path.Combine(directory, ".editorconfig"), "root = true\n\n[*.cs]\nveltrix.VLX1002.max_entries = 100000\n");
        var run = tool.Veltrix("check", tool.SampleAssembly, directory).Expect(1);
        Assert.Contains("warning VLX1002", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void EditorConfigSeverity_ForCSharpFiles_AppliesToTheFileAsInTheBuild()
    {
        // The build gives a finding in appsettings.json the severity its rule has in the nearest C# file; so does check.
        var directory = tool.NewDirectory("severities");
        File.Copy(Path.Combine(tool.SampleDirectory, "appsettings.json"), Path.Combine(directory, "appsettings.json"));
        Assert.Contains("warning VLX2006", tool.Veltrix("check", tool.SampleAssembly, directory).Expect(1).Output, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(directory, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_diagnostic.VLX2006.severity = error\n");
        Assert.Contains("error VLX2006", tool.Veltrix("check", tool.SampleAssembly, directory).Expect(1).Output, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(directory, ".editorconfig"), "root = true\n\n[*]\ndotnet_diagnostic.VLX2006.severity = none\n");
        var silenced = tool.Veltrix("check", tool.SampleAssembly, directory).Expect(0);
        Assert.Contains("0 error(s), 0 warning(s)", silenced.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.json")]
    [InlineData("--format=yaml")]
    public void NothingToCheck_ExitTwo(string problem)
    {
        var arguments = problem.StartsWith("--", StringComparison.Ordinal)
            ? new[] { "check", tool.SampleAssembly, Path.Combine(tool.SampleDirectory, "appsettings.json"), problem }
            : ["check", tool.SampleAssembly, Path.Combine(tool.Root, problem)];
        var run = tool.Veltrix(arguments).Expect(2);
        Assert.StartsWith("veltrix: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AssemblyWithoutSchemas_ExitTwo()
    {
        // Alone in a folder: check reads the assemblies beside the app, and the sample's folder holds the sample.
        var lonely = Path.Combine(tool.NewDirectory("no-schema"), "System.IO.Hashing.dll");
        File.Copy(Path.Combine(Path.GetDirectoryName(tool.SampleAssembly)!, "System.IO.Hashing.dll"), lonely);
        var run = tool.Veltrix("check", lonely, Path.Combine(tool.SampleDirectory, "appsettings.json")).Expect(2);
        Assert.Contains("no [VeltrixConfig] type", run.Error, StringComparison.Ordinal);
    }

    private string WriteBad()
    {
        var directory = tool.NewDirectory("bad");
        foreach (var (name, text) in BadConfiguration.Files)
        {
            File.WriteAllText(Path.Combine(directory, name), text);
        }

        return directory;
    }
}
