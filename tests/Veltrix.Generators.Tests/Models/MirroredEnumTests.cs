using Veltrix.Generators.Models;
using Xunit;

namespace Veltrix.Generators.Tests.Models;

/// <summary>
/// The generator's enums that are emitted by name (<c>global::Veltrix.ConfigKeyKind.</c> + the member's name) must
/// name a runtime member of the same value, or the generated code would not compile or would mean something else.
/// </summary>
public sealed class MirroredEnumTests
{
    [Fact]
    public void KeyKind_ComparedWithConfigKeyKind_SameNamesAndValues() => AssertMirrors<KeyKind, ConfigKeyKind>();

    [Fact]
    public void RoleKind_ComparedWithConfigRole_SameNamesAndValues() => AssertMirrors<RoleKind, ConfigRole>();

    private static void AssertMirrors<TGenerator, TRuntime>()
        where TGenerator : struct, Enum
        where TRuntime : struct, Enum
    {
        var generator = Enum.GetValues<TGenerator>().Select(static v => (v.ToString(), Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)));
        var runtime = Enum.GetValues<TRuntime>().Select(static v => (v.ToString(), Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(runtime, generator);
    }
}
