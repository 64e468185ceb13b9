namespace Veltrix.Tests.Watching;

/// <summary>Content for <see cref="Live.HandWrittenConfig"/> files.</summary>
internal static class TestJson
{
    public static string Of(string name, int port = 8080) => $$$"""{"Test":{"Name":"{{{name}}}","Port":{{{port}}}}}""";
}
