using System.Text.Json;
using Veltrix.Tool.Tests.Infrastructure;

namespace Veltrix.Tool.Tests.EndToEnd;

/// <summary><c>veltrix schema</c>: the JSON Schema and key reference the generator embedded, written out.</summary>
[Collection(ToolTestGroup.Name)]
public sealed class SchemaTests(ToolFixture tool)
{
    [Fact]
    public void Sample_WritesTheSchemaTheBuildWrites()
    {
        var output = tool.NewDirectory("schema");
        var run = tool.Veltrix("schema", tool.SampleAssembly, "--output", output).Expect(0);

        var schemaPath = Path.Combine(output, "ServerConfig.schema.json");
        Assert.Contains(schemaPath, run.Output, StringComparison.Ordinal);
        using var schema = JsonDocument.Parse(File.ReadAllText(schemaPath));
        Assert.Equal("http://json-schema.org/draft-07/schema#", schema.RootElement.GetProperty("$schema").GetString());
        var port = schema.RootElement.GetProperty("definitions").GetProperty("ServerConfig").GetProperty("properties").GetProperty("Port");
        Assert.Equal(65535, port.GetProperty("maximum").GetInt32());

        // The build target writes the same text beside the sample's build output.
        Assert.Equal(File.ReadAllText(Path.Combine(Path.GetDirectoryName(tool.SampleAssembly)!, "ServerConfig.schema.json")), File.ReadAllText(schemaPath));
        var keys = File.ReadAllText(Path.Combine(output, "ServerConfig.keys.md"));
        Assert.Contains("| `Server:Timeouts:Attempt` | TimeSpan [Timeout] | `00:00:15` |", keys, StringComparison.Ordinal);
        Assert.Contains("| `Server:DatabasePassword` | string? | (secret) |", keys, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownType_ExitTwo()
        => Assert.Contains("no schema named 'Nope'", tool.Veltrix("schema", tool.SampleAssembly, "--type", "Nope", "-o", tool.NewDirectory("schema")).Expect(2).Error, StringComparison.Ordinal);
}
