namespace Veltrix.Tests.Hostile;

/// <summary>Strict reading (<see cref="JsonFileOptions.AllowCommentsAndTrailingCommas"/> false) names what it refused.</summary>
public sealed class StrictSyntaxTests : IDisposable
{
    private readonly Binding.TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("{\"Hostile\": {\"Port\": 1,}}", 1, 24, "A trailing comma is not allowed")]
    [InlineData("{\"Other\": [1,]}", 1, 14, "A trailing comma is not allowed")]
    [InlineData("{\"Hostile\": {\"Port\": 1 // note\n}}", 1, 24, "Comments are not allowed")]
    [InlineData("/* note */ {}", 1, 1, "Comments are not allowed")]
    public void StrictFile_CommentOrTrailingComma_RejectedSayingItIsNotAllowed(string json, int line, int column, string message)
    {
        var path = _temp.Write("strict.json", json);

        var ex = Assert.Throws<ConfigException>(() => VeltrixConfiguration.CreateBuilder<HostileConfig>().AddJsonFile(path, JsonFileOptions.Strict).Build());

        var error = Assert.Single(ex.Errors);
        Assert.Equal(("Syntax", new ConfigOrigin(path, line, column)), (error.Rule, error.Origin));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Contains("JsonFileOptions.AllowCommentsAndTrailingCommas", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"Hostile\": {\"Port\": 1,}}")]
    [InlineData("{\"Hostile\": {\"Port\": 1 /* note */}}")]
    public void DefaultFile_CommentOrTrailingComma_Loads(string json)
    {
        using var config = VeltrixConfiguration.CreateBuilder<HostileConfig>().AddJsonFile(_temp.Write("default.json", json)).Build();

        Assert.Equal(1, config.Current.Port);
    }
}
