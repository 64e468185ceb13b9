using Veltrix.Tool.Checking;
using Veltrix.Tool.Inputs;

namespace Veltrix.Tool.Tests.Inputs;

/// <summary>How deploy files become layers, and how a finding in a synthesized document finds its way back.</summary>
public sealed class InputReaderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("veltrix-inputs-").FullName;

    [Fact]
    public void EnvironmentFile_PrefixQuotesExportAndComments_AsTheProcessSeesThem()
    {
        var path = Write("app.env", "# comment\n\nexport APP_Server__Name=\"orders api\"\nAPP_Server__Hosts__0='a'\nOTHER=1\n  APP_Server__Port=80\n");
        var entries = EnvironmentFileReader.Read(path, "APP_");

        Assert.Equal(
            [
                new ConfigEntry("Server:Name", "orders api", path, 3, 8, 26, "APP_Server__Name"),
                new ConfigEntry("Server:Hosts:0", "a", path, 4, 1, 23, "APP_Server__Hosts__0"),
                new ConfigEntry("Server:Port", "80", path, 6, 3, 20, "APP_Server__Port"),
            ],
            entries);
    }

    [Fact]
    public void EnvironmentFile_LineWithoutEquals_CouldNotCheck()
    {
        var path = Write("broken.env", "APP_Server__Port\n");
        var error = Assert.Throws<ToolException>(() => EnvironmentFileReader.Read(path, string.Empty));
        Assert.Contains("broken.env:1: expected NAME=value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Directory_JsonBaseFirstThenOverlaysThenKeyPerFile_KubernetesEntriesSkipped()
    {
        Write("appsettings.Production.json", "{}");
        Write("appsettings.json", "{}");
        Write("Server__Port", "8080\n");
        Write("ignore.Server__Name", "x");
        Directory.CreateDirectory(Path.Combine(_directory, "..2026_12_07"));
        File.CreateSymbolicLink(Path.Combine(_directory, "..data"), "..2026_12_07");

        var layers = ConfigInputs.Read([_directory], string.Empty);

        Assert.Equal(["appsettings.json", "appsettings.Production.json", Path.GetFileName(_directory)], layers.Select(l => l.Name));
        Assert.Equal([string.Empty, "Production", null], layers.Select(l => l.Environment));
        var entry = Assert.Single(layers[2].Entries);
        Assert.Equal(("Server:Port", "8080"), (entry.Key, entry.Value));
    }

    [Fact]
    public void SynthesizedDocument_LastValueWins_PositionsMapToNameAndValue()
    {
        var path = Write("deploy.env", "A__B=1\nX=2\na__b=3\n");
        var layer = ConfigInputs.Read([path], string.Empty)[0];
        var document = CheckDocument.For(layer, "/veltrix/0/0");

        Assert.Equal("{\n  \"X\": \"2\",\n  \"a:b\": \"3\"\n}\n", document.Text);
        Assert.Equal((path, 3, 1), document.Map(2, 2));     // the key of line 2 of the document: the name on line 3
        Assert.Equal((path, 3, 6), document.Map(2, 10));    // its value
        Assert.Equal((path, 1, 1), document.Map(0, 0));     // the opening brace: the file as a whole
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
