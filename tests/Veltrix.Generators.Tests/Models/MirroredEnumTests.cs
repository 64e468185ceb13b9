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

    [Fact]
    public void ScalarKind_EveryKindButEnum_NamesAGeneratedValueFactoryOfThatKind()
    {
        // Lookups emit global::Veltrix.GeneratedValue.From<ScalarKind>(value, isSecret); enums go through FromEnum<T>.
        foreach (var kind in Enum.GetValues<ScalarKind>().Where(static k => k is not (ScalarKind.None or ScalarKind.Enum)))
        {
            var factory = typeof(GeneratedValue).GetMethod("From" + kind, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static);
            Assert.True(factory is not null, $"GeneratedValue.From{kind} is missing");
            Assert.Equal(typeof(ConfigValue), factory.ReturnType);

            var parameter = factory.GetParameters()[0].ParameterType;
            var sample = parameter == typeof(string) ? "x" : parameter == typeof(Uri) ? new Uri("http://x") : parameter == typeof(Version) ? new Version(1, 0)
                : Activator.CreateInstance(Nullable.GetUnderlyingType(parameter)!);
            var made = (ConfigValue)factory.Invoke(null, [sample, false])!;
            Assert.Equal(kind.ToString(), made.Kind.ToString());
        }
    }

    private static void AssertMirrors<TGenerator, TRuntime>()
        where TGenerator : struct, Enum
        where TRuntime : struct, Enum
    {
        var generator = Enum.GetValues<TGenerator>().Select(static v => (v.ToString(), Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)));
        var runtime = Enum.GetValues<TRuntime>().Select(static v => (v.ToString(), Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(runtime, generator);
    }
}
