using System.Text;
using Microsoft.Extensions.Configuration;
using Xunit;
using static Veltrix.Tests.Sources.ConfigData;

namespace Veltrix.Tests.Sources;

/// <summary>
/// Compares the keys and values <see cref="JsonConfigParser"/> produces with those of
/// Microsoft.Extensions.Configuration.Json on the same documents.
/// </summary>
public sealed class JsonParityTests
{
    public static TheoryData<string> Documents => new()
    {
        """
        {
          "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },
          "AllowedHosts": "*",
          "ConnectionStrings": { "Main": "Server=.;Database=app;Trusted_Connection=True" }
        }
        """,
        """{"Hosts":["a","b"],"Matrix":[[1,2],[3]],"Items":[{"Name":"x","Tags":["t"]},{"Name":"y"}]}""",
        """{"n":[0,-0,1.5,1.50e+3,1E400,-12.0e-7,123456789012345678901234567890]}""",
        """{"t":true,"f":false,"nul":null,"arr":[null,true,"null"]}""",
        """{"s":"line\nbreak \u00e9\u00E9 \"q\" \\ \/ \ud83d\ude00 \t \b\f\r","k e y.with-odd_chars":"v","\u0041":"escaped name"}""",
        """
        // comment
        { /* c */ "a": 1, "b": [1, 2,], "c": { "d": "e", }, } // trailing
        """,
        """{"a:b":1,"a:c":{"d":2},"x":{"y:z":3}}""",
        """{"a":{"b":1},"c":{"b":2},"Same":{"same":{"SAME":1}}}""",
        """{"unicode":"日本語テキスト","emoji":"😀","rtl":"שלום"}""",
        "\uFEFF{\"bom\":1}",
        """{"d1":{"d2":{"d3":{"d4":{"d5":{"d6":{"d7":{"d8":[[[["deep"]]]]}}}}}}}}""",
        """{"a":{},"b":[],"c":[[],{},1],"d":{"e":[]}}""",
        "{}",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Parse_Document_MatchesMicrosoftExtensionsConfiguration(string json)
    {
        var mec = MecLeaves(json);
        var builder = ParseJson(json);
        AssertNoErrors(builder);
        var values = Values(builder);
        var empty = EmptyContainers(builder);

        foreach (var key in empty)
        {
            // The one intended difference in representation: MEC stores "" for [] and null for {}.
            Assert.True(mec.Remove(key, out var mecValue), $"MEC has no key '{key}'.");
            Assert.True(mecValue is "" or null, $"MEC represents the empty container '{key}' as '{mecValue}'.");
        }

        Assert.Equal(mec, values);
    }

    [Fact]
    public void Parse_DuplicateScalarIgnoringCase_IsRejectedLikeMec()
    {
        const string Json = """{"a":1,"A":2}""";

        Assert.Throws<FormatException>(() => MecLeaves(Json));
        Assert.Equal("DuplicateKey", SingleError(ParseJson(Json)).Rule);
    }

    [Fact]
    public void Parse_DuplicateObject_IsMergedByMecButRejectedHere()
    {
        const string Json = """{"a":{"b":1},"A":{"c":2}}""";

        Assert.Equal(new Dictionary<string, string?> { ["a:b"] = "1", ["a:c"] = "2" }, MecLeaves(Json));
        Assert.Equal("DuplicateKey", SingleError(ParseJson(Json)).Rule);
    }

    [Fact]
    public void Parse_ColonKeyCollision_IsRejectedLikeMec()
    {
        const string Json = """{"a:b":1,"a":{"b":2}}""";

        Assert.Throws<FormatException>(() => MecLeaves(Json));
        Assert.Equal("DuplicateKey", SingleError(ParseJson(Json)).Rule);
    }

    /// <summary>MEC's keys that have no children (values, nulls and empty containers), with their values.</summary>
    private static Dictionary<string, string?> MecLeaves(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var all = new ConfigurationBuilder().AddJsonStream(stream).Build().AsEnumerable().ToList();
        var leaves = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in all)
        {
            if (!all.Any(other => other.Key.StartsWith(key + ":", StringComparison.OrdinalIgnoreCase)))
            {
                leaves.Add(key, value);
            }
        }

        return leaves;
    }
}
