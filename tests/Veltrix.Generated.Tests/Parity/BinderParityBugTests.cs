using Xunit;

namespace Veltrix.Tests.Parity;

/// <summary>
/// Disagreements with <c>ConfigurationBinder</c> that the random corpus found and that are Veltrix bugs, not
/// deliberate differences: each test asserts the behaviour both binders should share, and fails until the bug
/// is fixed. (The random corpus keeps generating these inputs, so <see cref="BinderParityTests"/> fails for
/// them too.)
/// </summary>
[Collection(SerialParityGroup.Name)]
public sealed class BinderParityBugTests
{
    [Theory]
    [InlineData(" a ", 'a')]
    [InlineData(@"\t;\t", ';')]
    [InlineData(" ", ' ')]
    public void CharValue_SurroundedByWhitespace_TrimmedLikeConfigurationBinder(string jsonText, char expected)
    {
        // ConfigurationBinder's CharConverter trims a value longer than one character; BindContext.ParseChar
        // requires exactly one character and rejects " a ". Every other BindContext parser trims.
        using var inputs = new BinderInputs().Json($$"""{ "Differences": { "Separator": "{{jsonText}}" } }""");

        Assert.Equal(expected, Bound(inputs.ConfigurationBinder<DifferencesConfig>()).Separator);
        Assert.Equal(expected, Bound(inputs.Veltrix<DifferencesConfig>()).Separator);
    }

    [Fact]
    public void NullableSection_NullInEarlierSourceKeysInLaterSource_BindsLaterKeys()
    {
        // The generated binder tests node.IsNull before anything else, so a JSON null from a lower-priority
        // source hides every key a higher-priority source sets underneath: the section comes out null.
        using var inputs = new BinderInputs()
            .Json("""{ "Differences": { "Fallback": null } }""")
            .Environment("Differences__Fallback__MaxConnections", "7");

        Assert.Equal(7, Bound(inputs.ConfigurationBinder<DifferencesConfig>()).Fallback?.MaxConnections);
        Assert.Equal(7, Bound(inputs.Veltrix<DifferencesConfig>()).Fallback?.MaxConnections);
    }

    [Fact]
    public void NullableList_NullInEarlierSourceElementsInLaterSource_BindsLaterElements()
    {
        using var inputs = new BinderInputs()
            .Json("""{ "Differences": { "OptionalNumbers": null } }""")
            .Json("""{ "Differences": { "OptionalNumbers": [3] } }""");

        Assert.Equal([3], Bound(inputs.ConfigurationBinder<DifferencesConfig>()).OptionalNumbers!);
        Assert.Equal([3], Bound(inputs.Veltrix<DifferencesConfig>()).OptionalNumbers!);
    }

    private static T Bound<T>(Outcome<T> outcome)
        where T : class
    {
        Assert.True(outcome.Error is null, outcome.Error);
        return outcome.Value!;
    }
}
