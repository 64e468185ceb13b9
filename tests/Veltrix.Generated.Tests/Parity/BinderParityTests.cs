using Xunit;

namespace Veltrix.Tests.Parity;

/// <summary>
/// For random inputs generated from a seed, the Veltrix snapshot equals what
/// <c>ConfigurationBinder.Get&lt;T&gt;()</c> binds from the same JSON file and environment variables, or both reject
/// the input. Each schema runs <see cref="ParityHarness.CasesPerSchema"/> cases (default 500), each compared up to
/// three ways (JSON file; environment variables; JSON file overlaid by environment variables). A failure names
/// the seed: <c>VELTRIX_PARITY_SEED=n dotnet test --filter "FullyQualifiedName~Parity"</c> replays it.
/// </summary>
[Collection(SerialParityGroup.Name)]
public sealed class BinderParityTests
{
    [Fact]
    public void RandomInputs_EveryScalarType_BindsLikeConfigurationBinder()
        => AssertParity(ParityHarness.Run<ScalarsConfig>());

    [Fact]
    public void RandomInputs_NullableScalarTypes_BindsLikeConfigurationBinder()
        => AssertParity(ParityHarness.Run<NullableScalarsConfig>());

    [Fact]
    public void RandomInputs_NestedSectionsAndRecords_BindsLikeConfigurationBinder()
        => AssertParity(ParityHarness.Run<ServiceConfig>());

    [Fact]
    public void RandomInputs_ListsAndDictionaries_BindsLikeConfigurationBinder()
        => AssertParity(ParityHarness.Run<CollectionsConfig>());

    [Fact]
    public void RandomInputs_ConstructorBodyDefaultsAndListPatches_BindsLikeConfigurationBinder()
        => AssertParity(ParityHarness.Run<Existing.GatewayOptions>());

    [Fact]
    public void RandomInputs_NullableObliviousMembers_BindsLikeConfigurationBinder()
        => AssertParity(ParityHarness.Run<Existing.LegacyOptions>());

    [Fact]
    public void RandomInputs_CollectionInterfacesAndSets_BindsLikeConfigurationBinder()
        => AssertParity(ParityHarness.Run<Existing.InterfaceCollectionsOptions>());

    [Fact]
    public void RandomInputs_CollectionsOfCollections_BindsLikeConfigurationBinder()
        => AssertParity(ParityHarness.Run<Existing.NestedCollectionsOptions>());

    [Fact]
    public void RandomInputs_InterfaceAndAbstractMembersWithConcreteInitializers_BindsLikeConfigurationBinder()
        => AssertParity(ParityHarness.Run<Existing.PolicyOptions>());

    private static void AssertParity(ParityReport report)
        => Assert.True(report.Disagreements.Count == 0, report.ToString());
}
