using Veltrix.Generators.Tests.Infrastructure;
using Xunit;

namespace Veltrix.Generators.Tests;

/// <summary>
/// An enum default the generator writes into code (a constructor parameter's default, passed when the key is absent)
/// reads by member name, as <c>Enum.ToString</c> and the documents show it: one member, a <c>[Flags]</c> combination as
/// <c>A | B</c>, and a cast only for a number no member names.
/// </summary>
public sealed class EnumDefaultTests
{
    private const string Source = """
        using System;
        using Veltrix;

        namespace Demo;

        public enum Mode { Off, Fast, Safe }

        [Flags]
        public enum Access { None = 0, Read = 1, Write = 2, Execute = 4, All = Read | Write | Execute }

        [VeltrixConfig("Jobs")]
        public sealed partial record JobsConfig(
            Mode Mode = Mode.Fast,
            Mode? OptionalMode = Mode.Safe,
            Access Access = Access.Write | Access.Read,
            Access Everything = Access.Read | Access.Write | Access.Execute,
            Access Unknown = (Access)8,
            Mode Undefined = (Mode)7);
        """;

    private static readonly Lazy<GenerationResult> LazyResult = new(static () =>
    {
        var result = GeneratorRunner.Run(Source);
        result.AssertOutputCompilesCleanly();
        return result;
    });

    private static string Code => LazyResult.Value.GetSource("Demo.JobsConfig.g.cs");

    private static string Documents => LazyResult.Value.GetSource("Demo.JobsConfig.Documents.g.cs");

    // A present key is parsed with the default as the fallback; the same expression is the value of an absent key.
    private static string Fallback(string parse, string member, string expression) => $"context.Parse{parse}({member}Node, false, {expression})";

    [Fact]
    public void ConstructorDefault_DefinedMember_EmittedByName()
    {
        Assert.Contains(Fallback("Enum<global::Demo.Mode>", "mode", "global::Demo.Mode.Fast"), Code, StringComparison.Ordinal);
        Assert.Contains(Fallback("NullableEnum<global::Demo.Mode>", "optionalMode", "global::Demo.Mode.Safe"), Code, StringComparison.Ordinal);
    }

    [Fact]
    public void ConstructorDefault_FlagsCombination_EmittedAsMembersInAscendingOrder()
    {
        Assert.Contains(Fallback("Enum<global::Demo.Access>", "access", "global::Demo.Access.Read | global::Demo.Access.Write"), Code, StringComparison.Ordinal);
    }

    [Fact]
    public void ConstructorDefault_FlagsValueOfOneMember_EmittedAsThatMember()
    {
        // Read | Write | Execute is All, as Enum.ToString names it.
        Assert.Contains(Fallback("Enum<global::Demo.Access>", "everything", "global::Demo.Access.All"), Code, StringComparison.Ordinal);
    }

    [Fact]
    public void ConstructorDefault_NumberNoMemberNames_EmittedAsCast()
    {
        Assert.Contains(Fallback("Enum<global::Demo.Access>", "unknown", "(global::Demo.Access)8"), Code, StringComparison.Ordinal);
        Assert.Contains(Fallback("Enum<global::Demo.Mode>", "undefined", "(global::Demo.Mode)7"), Code, StringComparison.Ordinal);
        Assert.DoesNotContain("(global::Demo.Mode)1", Code, StringComparison.Ordinal);
        Assert.DoesNotContain("(global::Demo.Access)3", Code, StringComparison.Ordinal);
    }

    [Fact]
    public void Documents_EnumDefaults_ShowTheTextEnumToStringGives()
    {
        // The schema table, the JSON Schema and the key reference show what a configuration file would say.
        Assert.Contains("new(\"Jobs:Access\", global::Veltrix.ConfigKeyKind.Value, \"Access\", \"Read, Write\"", Code, StringComparison.Ordinal);
        Assert.Contains("new(\"Jobs:Undefined\", global::Veltrix.ConfigKeyKind.Value, \"Mode\", \"7\"", Code, StringComparison.Ordinal);
        Assert.Contains("\\\"default\\\": \\\"Read, Write\\\"", Documents, StringComparison.Ordinal);
        Assert.Contains("| `Jobs:Access` | Access | `Read, Write` |", Documents, StringComparison.Ordinal);
        Assert.Contains("| `Jobs:Everything` | Access | `All` |", Documents, StringComparison.Ordinal);
        Assert.Contains("| `Jobs:Mode` | Mode | `Fast` |", Documents, StringComparison.Ordinal);
    }
}
