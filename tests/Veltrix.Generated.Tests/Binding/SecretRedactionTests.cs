using Xunit;

namespace Veltrix.Tests.Binding;

public sealed class SecretRedactionTests : IDisposable
{
    private readonly string _canary = "CANARY-" + Guid.NewGuid().ToString("N");
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void ToString_SnapshotWithSecrets_ShowsValuesButRedactsEverySecret()
    {
        using var config = VeltrixConfiguration.CreateBuilder<SecretConfig>()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Secret:User"] = "operator",
                ["Secret:Port"] = "6543",
                ["Secret:Password"] = _canary,
                ["Secret:Code"] = "12345",
                ["Secret:Inner:ApiKey"] = _canary,
                ["Secret:Credentials:Passphrase"] = _canary,
            })
            .Build();
        var c = config.Current;

        // The values are bound; only printing hides them.
        Assert.Equal(_canary, c.Password);
        Assert.Equal(_canary, c.Inner.ApiKey);
        Assert.Equal(_canary, c.Credentials.Passphrase);

        var text = c.ToString();
        Assert.DoesNotContain(_canary, text, StringComparison.Ordinal);
        Assert.DoesNotContain("12345", text, StringComparison.Ordinal);
        Assert.Contains("***", text, StringComparison.Ordinal);
        Assert.Contains("Password", text, StringComparison.Ordinal);
        Assert.Contains("operator", text, StringComparison.Ordinal);
        Assert.Contains("6543", text, StringComparison.Ordinal);

        var inner = c.Inner.ToString();
        Assert.DoesNotContain(_canary, inner, StringComparison.Ordinal);
        Assert.Contains("db.local", inner, StringComparison.Ordinal);

        var record = c.Credentials.ToString();
        Assert.DoesNotContain(_canary, record, StringComparison.Ordinal);
        Assert.Contains("svc", record, StringComparison.Ordinal);
        Assert.Contains("***", record, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_SecretCollections_RedactsElementsAndEntries()
    {
        using var config = VeltrixConfiguration.CreateBuilder<SecretConfig>()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Secret:BackupCodes:0"] = _canary,
                ["Secret:BackupCodes:1"] = _canary + "-2",
                ["Secret:Pins:0"] = "987654321",
                ["Secret:Tokens:github"] = _canary,
            })
            .Build();
        var c = config.Current;

        Assert.Equal(_canary, c.BackupCodes[0]);
        Assert.Equal(987654321, c.Pins[0]);
        Assert.Equal(_canary, c.Tokens["GITHUB"]);

        var text = c.ToString();
        Assert.DoesNotContain(_canary, text, StringComparison.Ordinal);
        Assert.DoesNotContain("987654321", text, StringComparison.Ordinal);
        Assert.Contains("BackupCodes", text, StringComparison.Ordinal);

        Assert.True(config.TryGetValue("Secret:BackupCodes:1", out var code));
        Assert.True(code.IsSecret);
        Assert.Equal("***", code.ToString());
        Assert.True(config.TryGetValue("secret:pins:0", out var pin));
        Assert.True(pin.IsSecret);
        Assert.Equal(987654321, pin.AsInt32());
        Assert.True(config.TryGetValue("Secret:Tokens:GitHub", out var token));
        Assert.True(token.IsSecret);
        Assert.Equal("***", token.ToString());
        Assert.True(config.TryGetValue("Secret:BackupCodes", out var codes));
        Assert.True(codes.IsSecret);
        Assert.Equal("***", codes.ToString());
    }

    [Fact]
    public void Build_SecretFailsRange_MessageOmitsValue()
    {
        var ex = Assert.Throws<ConfigException>(() => VeltrixConfiguration.CreateBuilder<SecretConfig>()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Secret:Pin"] = "987654321" })
            .Build());

        var error = Assert.Single(ex.Errors);
        Assert.Equal(("Secret:Pin", "Range"), (error.KeyPath, error.Rule));
        Assert.DoesNotContain("987654321", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("987654321", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SecretListElementOfWrongType_MessageNamesElementKeyButNotValue()
    {
        var ex = Assert.Throws<ConfigException>(() => VeltrixConfiguration.CreateBuilder<SecretConfig>()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Secret:Pins:0"] = "1", ["Secret:Pins:1"] = _canary })
            .Build());

        var error = Assert.Single(ex.Errors);
        Assert.Equal(("Secret:Pins:1", "Type"), (error.KeyPath, error.Rule));
        AssertNoCanary(ex);
    }

    [Fact]
    public void ToString_SnapshotWithoutSecrets_ShowsMemberNamesAndValues()
    {
        using var config = VeltrixConfiguration.CreateBuilder<NestedConfig>()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Nested:Name"] = "visible-name", ["Nested:Cache:MaxEntries"] = "4321" })
            .Build();

        var text = config.Current.ToString();

        Assert.Contains("Name", text, StringComparison.Ordinal);
        Assert.Contains("visible-name", text, StringComparison.Ordinal);
        Assert.Contains("MaxEntries", text, StringComparison.Ordinal);
        Assert.Contains("4321", text, StringComparison.Ordinal);
        Assert.DoesNotContain("***", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SecretOfWrongType_MessageNamesKeyButNotValue()
    {
        var json = $$"""
            {
              "Secret": {
                "Pin": "{{_canary}}"
              }
            }
            """;
        var path = _temp.Write("secret.json", json);

        var ex = Assert.Throws<ConfigException>(() => VeltrixConfiguration.CreateBuilder<SecretConfig>().AddJsonFile(path).Build());

        var error = Assert.Single(ex.Errors);
        Assert.Equal(("Secret:Pin", "Type"), (error.KeyPath, error.Rule));
        Assert.Equal(JsonPosition.After(path, json, "\"Pin\": "), error.Origin);
        Assert.Contains("Int32", error.Message, StringComparison.Ordinal);
        AssertNoCanary(ex);
    }

    [Fact]
    public void Build_SecretGuidOfWrongType_MessageOmitsValue()
    {
        var ex = Assert.Throws<ConfigException>(() => VeltrixConfiguration.CreateBuilder<SecretConfig>()
            .AddSource(TestSources.Environment(new Dictionary<string, string> { ["Secret:Key"] = _canary }))
            .Build());

        Assert.Equal(("Secret:Key", "Type"), (Assert.Single(ex.Errors).KeyPath, ex.Errors[0].Rule));
        AssertNoCanary(ex);
    }

    [Theory]
    [InlineData("Token", "MinLength")]
    [InlineData("Code", "RegularExpression")]
    public void Build_SecretBreaksRule_MessageNamesKeyAndRuleButNotValue(string member, string rule)
    {
        var json = $$"""
            {
              "Secret": {
                "{{member}}": "{{_canary}}"
              }
            }
            """;
        var path = _temp.Write("secret.json", json);

        var ex = Assert.Throws<ConfigException>(() => VeltrixConfiguration.CreateBuilder<SecretConfig>().AddJsonFile(path).Build());

        var error = Assert.Single(ex.Errors);
        Assert.Equal(("Secret:" + member, rule), (error.KeyPath, error.Rule));
        Assert.Equal(JsonPosition.After(path, json, $"\"{member}\": "), error.Origin);
        AssertNoCanary(ex);
    }

    [Fact]
    public void TryGetValue_SecretMember_IsMarkedSecretAndPrintsStars()
    {
        using var config = VeltrixConfiguration.CreateBuilder<SecretConfig>()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Secret:Password"] = _canary, ["Secret:Pin"] = "1234" })
            .Build();

        Assert.True(config.TryGetValue("secret:password", out var password));
        Assert.True(password.IsSecret);
        Assert.Equal("***", password.ToString());
        Assert.Equal(_canary, password.AsString());

        Assert.True(config.TryGetValue("Secret:Pin", out var pin));
        Assert.True(pin.IsSecret);
        Assert.Equal("***", pin.ToString());
        Assert.Equal(1234, pin.AsInt32());

        Assert.True(config.TryGetValue("Secret:Inner:ApiKey", out var apiKey));
        Assert.True(apiKey.IsSecret);

        Assert.True(config.TryGetValue("Secret:User", out var user));
        Assert.False(user.IsSecret);
        Assert.Equal("admin", user.ToString());
    }

    [Fact]
    public void Schema_SecretKeys_AreFlaggedAndHaveNoDefaultText()
    {
        var schema = SchemaOf<SecretConfig>();
        var password = schema.Find("Secret:Password");
        var apiKey = schema.Find("Secret:Inner:ApiKey");
        var user = schema.Find("Secret:User");

        Assert.NotNull(password);
        Assert.True(password!.IsSecret);
        Assert.Null(password.DefaultValue);
        Assert.True(apiKey!.IsSecret);
        Assert.False(user!.IsSecret);
        Assert.Equal("admin", user.DefaultValue);
    }

    [Fact]
    public void Reload_SecretChanged_ChangeSetNamesKeyOnly()
    {
        var path = _temp.Write("secret.json", """{ "Secret": { "Password": "old-value" } }""");
        using var config = VeltrixConfiguration.CreateBuilder<SecretConfig>().AddJsonFile(path).Build();
        var events = new List<ConfigChangedEventArgs<SecretConfig>>();
        config.Changed += (_, e) => events.Add(e);

        _temp.Write("secret.json", $$"""{ "Secret": { "Password": "{{_canary}}" } }""");
        Assert.Equal(ReloadResult.Changed, config.Reload());

        var e = Assert.Single(events);
        Assert.Equal(new[] { "Secret:Password" }, e.ChangedKeys);
        Assert.DoesNotContain(_canary, e.Current.ToString(), StringComparison.Ordinal);
    }

    private static ConfigSchema SchemaOf<T>()
        where T : class, IVeltrixConfig<T>
        => T.Schema;

    private void AssertNoCanary(ConfigException ex)
    {
        Assert.DoesNotContain(_canary, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_canary, ex.ToString(), StringComparison.Ordinal);
        foreach (var error in ex.Errors)
        {
            Assert.DoesNotContain(_canary, error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(_canary, error.ToString(), StringComparison.Ordinal);
        }
    }
}
