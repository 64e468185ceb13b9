using Xunit;

namespace Veltrix.Tests.Parity.Existing;

/// <summary>
/// Options classes written for <c>ConfigurationBinder</c> bind to the same values under Veltrix: constructor-body
/// defaults, nullable-oblivious members, empty sections, and list elements patched by flat sources. Each test
/// compares the whole object graph with ConfigurationBinder's and pins the values that matter.
/// </summary>
[Collection(SerialParityGroup.Name)]
public sealed class ExistingOptionsParityTests
{
    private const string TwoRoutes = """
        { "Gateway": { "Routes": [
            { "Path": "/a", "Priority": 2, "DownstreamHostAndPorts": [ { "Host": "a1", "Port": 80 }, { "Host": "a2", "Port": 81 } ] },
            { "Path": "/b" } ] } }
        """;

    [Fact]
    public void ConstructorBodyDefaults_NoSourceSetsThem_KeepConstructorValues()
    {
        using var inputs = new BinderInputs().Json("""{ "Gateway": { } }""");

        var options = Bound(inputs.Veltrix<GatewayOptions>());
        Assert.Equal((30, "gateway"), (options.Timeout, options.Name));
        Assert.Empty(options.Routes);
        Assert.Null(inputs.Difference<GatewayOptions>());
    }

    [Fact]
    public void ConstructorBodyDefaults_ElementLeavesKeysOut_ElementKeepsConstructorValues()
    {
        using var inputs = new BinderInputs().Json("""{ "Gateway": { "Routes": [ { "Path": "/a" } ] } }""");

        var route = Assert.Single(Bound(inputs.Veltrix<GatewayOptions>()).Routes);
        Assert.Equal(1, route.Priority);
        Assert.Equal([","], route.Separators);
        Assert.Null(inputs.Difference<GatewayOptions>());
    }

    [Fact]
    public void InitializerOfSection_KeyOfSectionSet_KeepsInitializerValuesOfOtherKeys()
    {
        using var inputs = new BinderInputs().Json("""{ "Gateway": { "Retry": { "DelayMilliseconds": 5 } } }""");

        var retry = Bound(inputs.Veltrix<GatewayOptions>()).Retry;
        Assert.Equal((4, 5), (retry.Attempts, retry.DelayMilliseconds));
        Assert.Null(inputs.Difference<GatewayOptions>());
    }

    [Fact]
    public void EnvironmentVariable_OneFieldOfOneElement_PatchesThatFieldOnly()
    {
        using var inputs = new BinderInputs().Json(TwoRoutes).Environment("Gateway__Routes__0__Priority", "5");

        var routes = Bound(inputs.Veltrix<GatewayOptions>()).Routes;
        Assert.Equal([("/a", 5), ("/b", 1)], routes.Select(static r => (r.Path, r.Priority)));
        Assert.Equal(2, routes[0].DownstreamHostAndPorts.Count);
        Assert.Null(inputs.Difference<GatewayOptions>());
    }

    [Fact]
    public void EnvironmentVariable_FieldOfNestedListElement_PatchesThatField()
    {
        using var inputs = new BinderInputs().Json(TwoRoutes).Environment("Gateway__Routes__0__DownstreamHostAndPorts__1__Port", "9000");

        var hosts = Bound(inputs.Veltrix<GatewayOptions>()).Routes[0].DownstreamHostAndPorts;
        Assert.Equal([("a1", 80), ("a2", 9000)], hosts.Select(static h => (h.Host, h.Port)));
        Assert.Null(inputs.Difference<GatewayOptions>());
    }

    [Fact]
    public void EnvironmentVariable_IndexPastTheEnd_AddsElement()
    {
        using var inputs = new BinderInputs().Json(TwoRoutes).Environment("Gateway__Routes__2__Path", "/c");

        var routes = Bound(inputs.Veltrix<GatewayOptions>()).Routes;
        Assert.Equal(["/a", "/b", "/c"], routes.Select(static r => r.Path));
        Assert.Equal(1, routes[2].Priority);
        Assert.Null(inputs.Difference<GatewayOptions>());
    }

    [Fact]
    public void EnvironmentVariable_OnlySource_BuildsListFromElements()
    {
        using var inputs = new BinderInputs()
            .Json("""{ "Gateway": { } }""")
            .Environment("Gateway__Routes__0__Path", "/x")
            .Environment("Gateway__Routes__1__Priority", "3");

        var routes = Bound(inputs.Veltrix<GatewayOptions>()).Routes;
        Assert.Equal([("/x", 1), (null, 3)], routes.Select(static r => (r.Path, r.Priority)));
        Assert.Null(inputs.Difference<GatewayOptions>());
    }

    [Fact]
    public void EnvironmentVariable_SingleValueOverFileArray_IsIgnoredLikeConfigurationBinder()
    {
        using var inputs = new BinderInputs().Json(TwoRoutes).Environment("Gateway__Routes", "/a,/b");

        Assert.Equal(2, Bound(inputs.Veltrix<GatewayOptions>()).Routes.Count);
        Assert.Null(inputs.Difference<GatewayOptions>());
    }

    [Fact]
    public void EmptyObject_SectionWithRequiredKeys_LeavesSectionUnset()
    {
        using var inputs = new BinderInputs().Json("""{ "Notifications": { "Enabled": true, "Smtp": { } } }""");

        Assert.Null(Bound(inputs.Veltrix<NotificationOptions>()).Smtp);
        Assert.Null(inputs.Difference<NotificationOptions>());
    }

    [Fact]
    public void NullableObliviousMembers_NoSourceSetsThem_StayNull()
    {
        using var inputs = new BinderInputs().Json("""{ "Legacy": { "Name": "n" } }""");

        var options = Bound(inputs.Veltrix<LegacyOptions>());
        Assert.Null(options.Section);
        Assert.Null(options.Tags);
        Assert.Null(options.Map);
        Assert.Equal("default", options.WithDefault);
        Assert.Null(inputs.Difference<LegacyOptions>());
    }

    [Fact]
    public void NullableObliviousMembers_JsonNull_BindNull()
    {
        using var inputs = new BinderInputs().Json("""{ "Legacy": { "Name": null, "WithDefault": null, "Section": { "Host": null } } }""");

        var options = Bound(inputs.Veltrix<LegacyOptions>());
        Assert.Null(options.Name);
        Assert.Null(options.WithDefault);
        Assert.Null(options.Section?.Host);
        Assert.Null(inputs.Difference<LegacyOptions>());
    }

    [Fact]
    public void NullableObliviousMembers_SetBySources_BindLikeConfigurationBinder()
    {
        using var inputs = new BinderInputs()
            .Json("""{ "Legacy": { "Section": { "Host": "h" }, "Tags": ["a", "b"], "Map": { "k": "v" }, "Items": [ { "Port": 1 } ] } }""")
            .Environment("Legacy__Items__0__Host", "x");

        var options = Bound(inputs.Veltrix<LegacyOptions>());
        Assert.Equal(("h", 80), (options.Section.Host, options.Section.Port));
        Assert.Equal(["a", "b"], options.Tags);
        Assert.Equal(("x", 1), (options.Items[0].Host, options.Items[0].Port));
        Assert.Null(inputs.Difference<LegacyOptions>());
    }

    [Fact]
    public void ObjectWhereAValueBelongs_InStringDictionaryOrList_EntryLeftOutLikeConfigurationBinder()
    {
        // A metadata bag that holds a nested document (as gateway route files do) starts the app under both binders.
        using var inputs = new BinderInputs().Json("""
            { "Legacy": { "Map": { "a": "1", "doc": { "name": "x", "lat": 1.5 } }, "Tags": ["t", { "x": 1 }, "u"] } }
            """);

        var options = Bound(inputs.Veltrix<LegacyOptions>());
        Assert.Equal(["a"], options.Map.Keys);
        Assert.Equal(["t", "u"], options.Tags);
        Assert.Null(inputs.Difference<LegacyOptions>());
    }

    [Fact]
    public void CollectionsOfCollections_SetByFileAndPatchedByEnvironment_BindLikeConfigurationBinder()
    {
        using var inputs = new BinderInputs()
            .Json("""
                { "Nested": {
                    "Aliases": { "web": ["www", "site"] }, "Grid": [[1, 2], [3]],
                    "Transforms": [ { "PathPrefix": "/p" }, { "RequestHeader": "h", "Set": "v" } ],
                    "Pools": { "main": [ { "Host": "a", "Port": 1 } ] } } }
                """)
            .Environment("Nested__Grid__1__1", "4")
            .Environment("Nested__Transforms__1__Append", "x")
            .Environment("Nested__Pools__main__0__Port", "2");

        var options = Bound(inputs.Veltrix<NestedCollectionsOptions>());
        Assert.Equal(["www", "site"], options.Aliases["web"]);
        Assert.Equal([3, 4], options.Grid[1]);
        Assert.Equal("x", options.Transforms[1]["Append"]);
        Assert.Equal(2, options.Pools!["main"][0].Port);
        Assert.Null(inputs.Difference<NestedCollectionsOptions>());
    }

    [Fact]
    public void InterfaceOrAbstractMember_InitializerCreatesConcreteClass_BindsIntoThatClass()
    {
        using var inputs = new BinderInputs()
            .Json("""{ "Policies": { "Retry": { "Attempts": 5 }, "Storage": { "QuotaMegabytes": 7 } } }""")
            .Environment("Policies__Retry__Factor", "1.5");

        var options = Bound(inputs.Veltrix<PolicyOptions>());
        var retry = Assert.IsType<ExponentialRetry>(options.Retry);
        Assert.Equal((5, 1.5), (retry.Attempts, retry.Factor));
        var storage = Assert.IsType<DiskStorage>(options.Storage);
        Assert.Equal(("data", 7), (storage.Path, storage.QuotaMegabytes));
        Assert.Null(inputs.Difference<PolicyOptions>());
    }

    [Fact]
    public void GetOnlyCollections_SetByFileAndEnvironment_FilledLikeConfigurationBinder()
    {
        using var inputs = new BinderInputs()
            .Json("""{ "GetOnly": { "Items": ["a", "b"], "Limits": { "x": 1 }, "Hosts": [ { "Host": "h", "Port": 1 } ] } }""")
            .Environment("GetOnly__Items__2", "c")
            .Environment("GetOnly__Hosts__0__Port", "2");

        var options = Bound(inputs.Veltrix<GetOnlyOptions>());
        Assert.Equal(["a", "b", "c"], options.Items);
        Assert.Equal(1, options.Limits["x"]);
        Assert.Equal(("h", 2), (options.Hosts.Single().Host, options.Hosts.Single().Port));
        Assert.Equal(["d"], options.Defaults);
        Assert.Null(inputs.Difference<GetOnlyOptions>());
    }

    [Fact]
    public void GetOnlyCollection_NonEmptyDefault_VeltrixReplacesIt_ConfigurationBinderAppends()
    {
        using var inputs = new BinderInputs().Json("""{ "GetOnly": { "Defaults": ["x"] } }""");

        Assert.Equal(["x"], Bound(inputs.Veltrix<GetOnlyOptions>()).Defaults);

        // The same deliberate difference as for settable collections (BinderDifferencesTests (2)).
        Assert.Equal(["d", "x"], Bound(inputs.ConfigurationBinder<GetOnlyOptions>()).Defaults);
    }

    [Fact]
    public void CollectionInterfacesAndSets_SetByFileAndEnvironment_BindLikeConfigurationBinder()
    {
        using var inputs = new BinderInputs()
            .Json("""
                { "Interfaces": {
                    "Headers": { "X-A": "1" }, "Named": { "main": { "Host": "h", "Port": 1 } },
                    "Names": ["a", "b"], "Codes": [200, 404], "Hosts": [ { "Host": "x" } ],
                    "Tags": ["t", "u", "t"], "Regions": ["eu"] } }
                """)
            .Environment("Interfaces__Headers__X-B", "2")
            .Environment("Interfaces__Names__2", "c")
            .Environment("Interfaces__Hosts__0__Port", "9");

        var options = Bound(inputs.Veltrix<InterfaceCollectionsOptions>());
        Assert.Equal("2", options.Headers["x-b"]);
        Assert.Equal(["a", "b", "c"], options.Names);
        Assert.Equal([("x", 9)], options.Hosts.Select(static h => (h.Host, h.Port)));
        Assert.Equal(2, options.Tags.Count);
        Assert.Null(inputs.Difference<InterfaceCollectionsOptions>());
    }

    [Fact]
    public void InterfaceSet_Configured_VeltrixBindsValues_ConfigurationBinderLosesThem()
    {
        using var inputs = new BinderInputs().Json("""{ "Sets": { "Ports": [80, 443] } }""");
        using var optional = new BinderInputs().Json("""{ "Sets": { "Optional": [1] } }""");

        Assert.Equal([80, 443], Bound(inputs.Veltrix<SetOptions>()).Ports.Order());
        Assert.Equal([1], Bound(optional.Veltrix<SetOptions>()).Optional!);

        // ConfigurationBinder 10 binds nothing into an ISet<T>: an initialized one stays empty, a null one null. A
        // deliberate difference, since the configured values are what the user wrote.
        Assert.Empty(Bound(inputs.ConfigurationBinder<SetOptions>()).Ports);
        Assert.Null(Bound(optional.ConfigurationBinder<SetOptions>()).Optional);
    }

    private static T Bound<T>(Outcome<T> outcome)
        where T : class
    {
        Assert.True(outcome.Error is null, outcome.Error);
        return outcome.Value!;
    }
}
