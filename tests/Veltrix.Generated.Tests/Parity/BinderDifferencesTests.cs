using Xunit;

namespace Veltrix.Tests.Parity;

/// <summary>
/// Where Veltrix deliberately binds differently from <c>ConfigurationBinder</c> (Microsoft.Extensions.Configuration
/// 10.0.0). Each test asserts Veltrix's documented behaviour and pins ConfigurationBinder's beside it, so that the
/// difference stays visible (and a change on either side shows up here). The random parity corpus
/// (<see cref="BinderParityTests"/>) leaves these inputs out; everything else it compares.
/// </summary>
[Collection(SerialParityGroup.Name)]
public sealed class BinderDifferencesTests
{
    // (1) Merging lists across sources.

    [Fact]
    public void LaterSourceList_ShorterThanEarlier_MergesIndexByIndexLikeConfigurationBinder()
    {
        using var inputs = new BinderInputs()
            .Json("""{ "Differences": { "Hosts": ["a", "b", "c"] } }""")
            .Environment("Differences__Hosts__0", "x");

        // Not a difference: a later source patches the elements it names and keeps the rest.
        Assert.Equal(["x", "b", "c"], Bound(inputs.Veltrix<DifferencesConfig>()).Hosts);
        Assert.Null(inputs.Difference<DifferencesConfig>());
    }

    [Fact]
    public void LaterSourceListOfSections_OneKeyOfFirstElement_PatchesThatKeyLikeConfigurationBinder()
    {
        using var inputs = new BinderInputs()
            .Json("""{ "Differences": { "Endpoints": [ { "Host": "a", "Port": 1 }, { "Host": "b" } ] } }""")
            .Environment("Differences__Endpoints__0__Host", "x");

        var merged = Bound(inputs.Veltrix<DifferencesConfig>()).Endpoints;
        Assert.Equal([("x", (ushort)1), ("b", (ushort)443)], merged.Select(static e => (e.Host, e.Port)));
        Assert.Null(inputs.Difference<DifferencesConfig>());
    }

    [Fact]
    public void LaterFileShorterArray_MergesIndexByIndexLikeConfigurationBinder()
    {
        using var inputs = new BinderInputs()
            .Json("""{ "Differences": { "Hosts": ["a", "b", "c"] } }""")
            .Json("""{ "Differences": { "Hosts": ["x"] } }""");

        // [ListMerge(ListMergeMode.Replace)] makes the later array replace the list (MergeRuleTests).
        Assert.Equal(["x", "b", "c"], Bound(inputs.Veltrix<DifferencesConfig>()).Hosts);
        Assert.Null(inputs.Difference<DifferencesConfig>());
    }

    [Fact]
    public void LaterFileEmptyArray_ListSetByEarlierFile_ClearsList()
    {
        using var inputs = new BinderInputs()
            .Json("""{ "Differences": { "Hosts": ["a", "b"] } }""")
            .Json("""{ "Differences": { "Hosts": [] } }""");

        Assert.Empty(Bound(inputs.Veltrix<DifferencesConfig>()).Hosts);

        // ConfigurationBinder stores "" at "Hosts" and still finds "Hosts:0" and "Hosts:1" underneath.
        Assert.Equal(["a", "b"], Bound(inputs.ConfigurationBinder<DifferencesConfig>()).Hosts);
    }

    [Fact]
    public void LaterFileNull_ListSetByEarlierFile_ClearsToTheDefault()
    {
        using var inputs = new BinderInputs()
            .Json("""{ "Differences": { "DefaultHosts": ["a", "b"] } }""")
            .Json("""{ "Differences": { "DefaultHosts": null } }""");

        // Null on a member that does not admit null means "not set": the default applies over earlier sources.
        Assert.Equal(["localhost"], Bound(inputs.Veltrix<DifferencesConfig>()).DefaultHosts);

        // ConfigurationBinder ignores a null that has keys underneath it from another source, and appends to the default.
        Assert.Equal(["localhost", "a", "b"], Bound(inputs.ConfigurationBinder<DifferencesConfig>()).DefaultHosts);
    }

    [Fact]
    public void LaterFileNull_NullableSectionSetByEarlierFile_ClearsSection()
    {
        using var inputs = new BinderInputs()
            .Json("""{ "Differences": { "Fallback": { "MaxConnections": 5 } } }""")
            .Json("""{ "Differences": { "Fallback": null } }""");

        Assert.Null(Bound(inputs.Veltrix<DifferencesConfig>()).Fallback);

        // ConfigurationBinder ignores a null that has keys underneath it from another source.
        Assert.Equal(5, Bound(inputs.ConfigurationBinder<DifferencesConfig>()).Fallback?.MaxConnections);
    }

    [Fact]
    public void LaterSourceDictionary_OtherEntries_MergesKeyByKeyLikeConfigurationBinder()
    {
        using var inputs = new BinderInputs()
            .Json("""{ "Differences": { "Limits": { "a": 1 } } }""")
            .Environment("Differences__Limits__b", "2");

        // Not a difference: dictionaries (and sections) merge key by key in both.
        Assert.Null(inputs.Difference<DifferencesConfig>());
        Assert.Equal(2, Bound(inputs.Veltrix<DifferencesConfig>()).Limits.Count);
    }

    // (2) Collections with a non-empty default.

    [Fact]
    public void BoundCollections_NonEmptyDefaults_ReplaceDefaults()
    {
        using var inputs = new BinderInputs().Json("""
            { "Differences": {
                "DefaultHosts": ["a", "b"], "DefaultPorts": [8080], "DefaultTags": ["x"], "DefaultLimits": { "x": 2 } } }
            """);

        var veltrix = Bound(inputs.Veltrix<DifferencesConfig>());
        Assert.Equal(["a", "b"], veltrix.DefaultHosts);
        Assert.Equal([8080], veltrix.DefaultPorts);
        Assert.Equal(["x"], veltrix.DefaultTags);
        Assert.Equal(new Dictionary<string, int> { ["x"] = 2 }, veltrix.DefaultLimits);

        // ConfigurationBinder appends to the default list, array and read-only list, and adds to the default dictionary.
        var binder = Bound(inputs.ConfigurationBinder<DifferencesConfig>());
        Assert.Equal(["localhost", "a", "b"], binder.DefaultHosts);
        Assert.Equal([80, 8080], binder.DefaultPorts);
        Assert.Equal(["default", "x"], binder.DefaultTags);
        Assert.Equal(new Dictionary<string, int> { ["default"] = 1, ["x"] = 2 }, binder.DefaultLimits);
    }

    [Fact]
    public void EmptyCollections_NonEmptyDefaults_ReplaceDefaultsWithEmpty()
    {
        using var inputs = new BinderInputs().Json("""{ "Differences": { "DefaultHosts": [], "DefaultLimits": {} } }""");

        var veltrix = Bound(inputs.Veltrix<DifferencesConfig>());
        Assert.Empty(veltrix.DefaultHosts);
        Assert.Empty(veltrix.DefaultLimits);

        // ConfigurationBinder binds nothing from an empty array or object, and keeps the defaults.
        var binder = Bound(inputs.ConfigurationBinder<DifferencesConfig>());
        Assert.Equal(["localhost"], binder.DefaultHosts);
        Assert.Equal(["default"], binder.DefaultLimits.Keys);
    }

    [Fact]
    public void NullCollections_NonEmptyDefaults_KeepDefaultsLikeConfigurationBinder()
    {
        using var inputs = new BinderInputs().Json("""{ "Differences": { "DefaultHosts": null, "DefaultLimits": null } }""");

        var veltrix = Bound(inputs.Veltrix<DifferencesConfig>());
        Assert.Equal(["localhost"], veltrix.DefaultHosts);
        Assert.Equal(["default"], veltrix.DefaultLimits.Keys);
        Assert.Null(inputs.Difference<DifferencesConfig>());
    }

    [Fact]
    public void EmptyArray_ListWithNullDefault_BindsEmptyList()
    {
        using var inputs = new BinderInputs().Json("""{ "Differences": { "OptionalNumbers": [] } }""");

        Assert.Equal([], Bound(inputs.Veltrix<DifferencesConfig>()).OptionalNumbers);

        // ConfigurationBinder leaves the list null.
        Assert.Null(Bound(inputs.ConfigurationBinder<DifferencesConfig>()).OptionalNumbers);
    }

    [Fact]
    public void EmptyObject_NullableSection_LeavesSectionUnsetLikeConfigurationBinder()
    {
        using var inputs = new BinderInputs().Json("""{ "Differences": { "Fallback": {} } }""");

        // Not a difference: an empty object (every key commented out) sets nothing.
        Assert.Null(Bound(inputs.Veltrix<DifferencesConfig>()).Fallback);
        Assert.Null(inputs.Difference<DifferencesConfig>());
    }

    // (3) Invalid values: Veltrix throws ConfigException where ConfigurationBinder throws InvalidOperationException,
    // or where it silently skips or ignores the value.

    [Fact]
    public void InvalidScalar_BothReject()
    {
        using var inputs = new BinderInputs().Json("""{ "Differences": { "Count": "abc" } }""");

        Assert.Contains("'abc' is not a valid Int32", Rejected(inputs.Veltrix<DifferencesConfig>()), StringComparison.Ordinal);
        Assert.StartsWith(nameof(InvalidOperationException), Rejected(inputs.ConfigurationBinder<DifferencesConfig>()), StringComparison.Ordinal);
        Assert.Null(inputs.Difference<DifferencesConfig>());
    }

    [Fact]
    public void InvalidListElement_VeltrixRejects_ConfigurationBinderSkipsElement()
    {
        using var inputs = new BinderInputs().Json("""{ "Differences": { "Ports": [1, "x", 3] } }""");

        Assert.Contains("'Differences:Ports:1'", Rejected(inputs.Veltrix<DifferencesConfig>()), StringComparison.Ordinal);
        Assert.Equal([1, 3], Bound(inputs.ConfigurationBinder<DifferencesConfig>()).Ports);
    }

    [Fact]
    public void InvalidDictionaryValue_VeltrixRejects_ConfigurationBinderSkipsEntry()
    {
        using var inputs = new BinderInputs().Json("""{ "Differences": { "Limits": { "a": "x", "b": 2 } } }""");

        Assert.Contains("'Differences:Limits:a'", Rejected(inputs.Veltrix<DifferencesConfig>()), StringComparison.Ordinal);
        Assert.Equal(["b"], Bound(inputs.ConfigurationBinder<DifferencesConfig>()).Limits.Keys);
    }

    [Fact]
    public void InvalidValueInListElementSection_VeltrixRejects_ConfigurationBinderSkipsElement()
    {
        using var inputs = new BinderInputs().Json("""{ "Differences": { "Endpoints": [ { "Port": "x" }, { "Port": 2 } ] } }""");

        Assert.Contains("'Differences:Endpoints:0:Port'", Rejected(inputs.Veltrix<DifferencesConfig>()), StringComparison.Ordinal);
        Assert.Equal(new ushort[] { 2 }, Bound(inputs.ConfigurationBinder<DifferencesConfig>()).Endpoints.Select(static e => e.Port));
    }

    [Fact]
    public void ListElementKeyNotAnIndex_VeltrixRejects_ConfigurationBinderBindsElement()
    {
        using var inputs = new BinderInputs().Environment("Differences__Hosts__first", "a");

        Assert.Contains("is not a list index", Rejected(inputs.Veltrix<DifferencesConfig>()), StringComparison.Ordinal);
        Assert.Equal(["a"], Bound(inputs.ConfigurationBinder<DifferencesConfig>()).Hosts);
    }

    [Fact]
    public void ValueWhereSectionExpected_VeltrixRejects_ConfigurationBinderIgnoresValue()
    {
        using var inputs = new BinderInputs().Json("""{ "Differences": { "Http": "fast" } }""");

        Assert.Contains("Expected a section", Rejected(inputs.Veltrix<DifferencesConfig>()), StringComparison.Ordinal);
        Assert.Equal(64, Bound(inputs.ConfigurationBinder<DifferencesConfig>()).Http.MaxConnections);
    }

    [Fact]
    public void SectionWhereValueExpected_VeltrixRejects_ConfigurationBinderIgnoresSection()
    {
        using var inputs = new BinderInputs().Json("""{ "Differences": { "Count": { "x": 1 } } }""");

        Assert.Contains("found a section", Rejected(inputs.Veltrix<DifferencesConfig>()), StringComparison.Ordinal);
        Assert.Equal(5, Bound(inputs.ConfigurationBinder<DifferencesConfig>()).Count);
    }

    // (4) Duplicate keys within one JSON file.

    [Fact]
    public void DuplicateValueKeyInOneFile_BothReject()
    {
        // The issue expected ConfigurationBinder to let the last value win. It does not: its JSON provider
        // throws "A duplicate key 'Differences:count' was found" (InvalidDataException over a FormatException).
        using var inputs = new BinderInputs().Json("""{ "Differences": { "Count": 1, "count": 2 } }""");

        Assert.Contains("appears twice in the same object", Rejected(inputs.Veltrix<DifferencesConfig>()), StringComparison.Ordinal);
        Assert.Contains("A duplicate key", Rejected(inputs.ConfigurationBinder<DifferencesConfig>()), StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateObjectKeyInOneFile_VeltrixRejects_ConfigurationBinderMergesObjects()
    {
        // ConfigurationBinder's JSON provider only sees duplicate leaves: two objects with different keys merge.
        using var inputs = new BinderInputs().Json("""{ "Differences": { "Http": { "MaxConnections": 1 }, "http": { "KeepAlive": false } } }""");

        Assert.Contains("appears twice in the same object", Rejected(inputs.Veltrix<DifferencesConfig>()), StringComparison.Ordinal);
        var http = Bound(inputs.ConfigurationBinder<DifferencesConfig>()).Http;
        Assert.Equal((1, false), (http.MaxConnections, http.KeepAlive));
    }

    // (5) JSON null. On a member that does not admit null (a value type, or a reference type not annotated '?' in
    // nullable-enabled code) null means "not set" and the default applies; a nullable or nullable-oblivious member
    // becomes null, as in ConfigurationBinder. A null element of a list of sections is still rejected.

    [Fact]
    public void JsonNull_NonNullableValueType_VeltrixKeepsDefault_ConfigurationBinderBindsDefaultOfT()
    {
        using var inputs = new BinderInputs().Json("""{ "Differences": { "Count": null } }""");

        // Null on a member that does not admit null means "not set": the initializer's 5 applies.
        Assert.Equal(5, Bound(inputs.Veltrix<DifferencesConfig>()).Count);

        // ConfigurationBinder 10 binds null as default(int), which would turn a timeout or size into zero.
        Assert.Equal(0, Bound(inputs.ConfigurationBinder<DifferencesConfig>()).Count);
    }

    [Theory]
    [InlineData("Name")]
    [InlineData("Home")]
    [InlineData("Version")]
    public void JsonNull_NonNullableReferenceType_VeltrixKeepsDefault_ConfigurationBinderBindsNull(string member)
    {
        using var inputs = new BinderInputs().Json($$"""{ "Differences": { "{{member}}": null } }""");

        // A shipped file's null must not stop the app, nor put null into a member declared non-nullable.
        var property = typeof(DifferencesConfig).GetProperty(member)!;
        Assert.Equal(property.GetValue(new DifferencesConfig()), property.GetValue(Bound(inputs.Veltrix<DifferencesConfig>())));
        Assert.Null(property.GetValue(Bound(inputs.ConfigurationBinder<DifferencesConfig>())));
    }

    [Fact]
    public void JsonNull_NonNullableSectionElement_VeltrixRejects_ConfigurationBinderAddsDefaultElement()
    {
        using var inputs = new BinderInputs().Json("""{ "Differences": { "Endpoints": [null] } }""");

        Assert.Contains("the element is not nullable", Rejected(inputs.Veltrix<DifferencesConfig>()), StringComparison.Ordinal);
        Assert.Equal("localhost", Assert.Single(Bound(inputs.ConfigurationBinder<DifferencesConfig>()).Endpoints).Host);
    }

    [Fact]
    public void JsonNull_NullableValueTypeAndSection_BindLikeConfigurationBinder()
    {
        using var inputs = new BinderInputs().Json("""{ "Differences": { "OptionalCount": null, "Fallback": null, "Http": null } }""");

        // Not a difference: null for a nullable member, and a section left at its default.
        Assert.Null(inputs.Difference<DifferencesConfig>());
        Assert.Null(Bound(inputs.Veltrix<DifferencesConfig>()).OptionalCount);
    }

    // (6) Empty values.

    [Theory]
    [InlineData("Since")]
    [InlineData("At")]
    [InlineData("Day")]
    [InlineData("Time")]
    [InlineData("Separator")]
    public void EmptyValue_DateTimeOrCharMember_VeltrixRejects_ConfigurationBinderBindsMinimum(string member)
    {
        using var inputs = new BinderInputs().Json($$"""{ "Differences": { "{{member}}": "" } }""");

        Assert.Contains("'Differences:" + member + "'", Rejected(inputs.Veltrix<DifferencesConfig>()), StringComparison.Ordinal);

        // ConfigurationBinder's DateTime, DateTimeOffset, DateOnly, TimeOnly and Char converters turn "" into
        // MinValue or '\0' instead of failing, as they do for every other type.
        object minimum = member switch
        {
            "Since" => DateTime.MinValue,
            "At" => DateTimeOffset.MinValue,
            "Day" => DateOnly.MinValue,
            "Time" => TimeOnly.MinValue,
            _ => '\0',
        };
        Assert.Equal(minimum, typeof(DifferencesConfig).GetProperty(member)!.GetValue(Bound(inputs.ConfigurationBinder<DifferencesConfig>())));
    }

    [Theory]
    [InlineData(" \t")]
    [InlineData("  ")]
    public void WhitespaceOnlyValue_CharMember_VeltrixRejects_ConfigurationBinderBindsNul(string text)
    {
        using var inputs = new BinderInputs().Json($$"""{ "Differences": { "Separator": "{{text.Replace("\t", "\\t", StringComparison.Ordinal)}}" } }""");

        // CharConverter trims a text longer than one character, and an empty result becomes '\0'; Veltrix trims
        // the same way but rejects the empty result, as it rejects an empty char.
        Assert.Contains("'Differences:Separator'", Rejected(inputs.Veltrix<DifferencesConfig>()), StringComparison.Ordinal);
        Assert.Equal('\0', Bound(inputs.ConfigurationBinder<DifferencesConfig>()).Separator);
    }

    [Fact]
    public void EmptyValue_NonNullableUri_VeltrixRejects_ConfigurationBinderBindsNull()
    {
        using var inputs = new BinderInputs().Json("""{ "Differences": { "Home": "" } }""");

        Assert.Contains("found an empty value; the member is not nullable", Rejected(inputs.Veltrix<DifferencesConfig>()), StringComparison.Ordinal);
        Assert.Null(Bound(inputs.ConfigurationBinder<DifferencesConfig>()).Home);
    }

    [Fact]
    public void EmptyValue_NullableVersion_VeltrixBindsNull_ConfigurationBinderRejects()
    {
        // Veltrix reads an empty value as null for every nullable type (BindContext.ParseVersion says so);
        // ConfigurationBinder does that only for Nullable<T>, and its VersionConverter rejects "".
        using var inputs = new BinderInputs().Json("""{ "Differences": { "OptionalVersion": "" } }""");

        Assert.Null(Bound(inputs.Veltrix<DifferencesConfig>()).OptionalVersion);
        Assert.StartsWith(nameof(InvalidOperationException), Rejected(inputs.ConfigurationBinder<DifferencesConfig>()), StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyValue_NonNullableVersion_BothReject()
    {
        using var inputs = new BinderInputs().Json("""{ "Differences": { "Version": "" } }""");

        Assert.Contains("found an empty value; the member is not nullable", Rejected(inputs.Veltrix<DifferencesConfig>()), StringComparison.Ordinal);
        Assert.Null(inputs.Difference<DifferencesConfig>());
    }

    // (7) Enum values that name no member. ConfigurationBinder binds whatever Enum.TryParse gives, so a typo'd
    // number or a list of names on a plain enum becomes a value the code never handles.

    [Fact]
    public void UndefinedEnumNumber_VeltrixRejectsNamingMembers_ConfigurationBinderBindsIt()
    {
        using var inputs = new BinderInputs().Json("""{ "Differences": { "Color": 7 } }""");

        Assert.Contains("'7' is not a valid ParityColor; expected one of: Red, Green, Blue, Purple", Rejected(inputs.Veltrix<DifferencesConfig>()), StringComparison.Ordinal);
        Assert.Equal((ParityColor)7, Bound(inputs.ConfigurationBinder<DifferencesConfig>()).Color);
    }

    [Fact]
    public void CommaListOnEnumWithoutFlags_VeltrixRejects_ConfigurationBinderCombinesNames()
    {
        using var inputs = new BinderInputs().Json("""{ "Differences": { "Color": "Green, Blue" } }""");

        Assert.Contains("'Green, Blue' is not a valid ParityColor; expected one of:", Rejected(inputs.Veltrix<DifferencesConfig>()), StringComparison.Ordinal);
        Assert.Equal(ParityColor.Green | ParityColor.Blue, Bound(inputs.ConfigurationBinder<DifferencesConfig>()).Color);
    }

    [Fact]
    public void FlagsEnumNumberWithUndefinedBit_VeltrixRejects_ConfigurationBinderBindsIt()
    {
        using var inputs = new BinderInputs().Json("""{ "Differences": { "Access": 9 } }""");

        Assert.Contains("'9' is not a valid ParityAccess; expected names separated by commas, or a number made of their values, from: None, Read, Write, Execute, All", Rejected(inputs.Veltrix<DifferencesConfig>()), StringComparison.Ordinal);
        Assert.Equal((ParityAccess)9, Bound(inputs.ConfigurationBinder<DifferencesConfig>()).Access);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("Read, Execute")]
    [InlineData("6")]
    public void FlagsEnumCombinationOfDefinedFlags_BindsLikeConfigurationBinder(string text)
    {
        using var inputs = new BinderInputs().Json($$"""{ "Differences": { "Access": "{{text}}", "Color": 10 } }""");

        // Not a difference: every bit of a [Flags] value is a defined flag, and 10 is Purple.
        Assert.Null(inputs.Difference<DifferencesConfig>());
        Assert.Equal(ParityColor.Purple, Bound(inputs.Veltrix<DifferencesConfig>()).Color);
    }

    private static T Bound<T>(Outcome<T> outcome)
        where T : class
    {
        Assert.True(outcome.Error is null, outcome.Error);
        return outcome.Value!;
    }

    private static string Rejected<T>(Outcome<T> outcome)
        where T : class
    {
        Assert.True(outcome.Error is not null, "Expected the input to be rejected, but it was bound.");
        return outcome.Error!;
    }
}
