using Xunit;

namespace Veltrix.Tests.Sources;

public sealed class ConfigExceptionTests
{
    private static readonly ConfigError Port = new("Server:Port", "The value 0 is out of range.", new ConfigOrigin("appsettings.json", 3, 13), "Range");
    private static readonly ConfigError Workers = new("Server:Workers", "The value 700 is out of range.", new ConfigOrigin("environment variable APP_Server__Workers"), "Range");

    [Fact]
    public void Constructor_Errors_MessageListsEveryProblem()
    {
        var ex = new ConfigException([Port, Workers]);

        Assert.StartsWith("Invalid configuration (2 problems):", ex.Message, StringComparison.Ordinal);
        Assert.Contains(Port.ToString(), ex.Message, StringComparison.Ordinal);
        Assert.Contains(Workers.ToString(), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_OwnMessage_KeepsTheMessageAndEveryError()
    {
        var ex = new ConfigException("Configuration App is invalid (2 problems); they are listed in the log.", [Port, Workers]);

        Assert.Equal("Configuration App is invalid (2 problems); they are listed in the log.", ex.Message);
        Assert.Equal(new[] { Port, Workers }, ex.Errors);
    }

    [Fact]
    public void Constructor_OwnMessageWithoutErrorsOrText_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ConfigException("message", []));
        Assert.Throws<ArgumentException>(() => new ConfigException(string.Empty, [Port]));
        Assert.Throws<ArgumentNullException>(() => new ConfigException("message", (IEnumerable<ConfigError>)null!));
    }
}
