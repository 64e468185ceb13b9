using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Veltrix.Analyzers.Settings;
using Veltrix.Analyzers.Tests.Infrastructure;
using Veltrix.CodeFixes.Settings;

namespace Veltrix.Analyzers.Tests.Settings;

/// <summary>Runs <see cref="SettingValuesAnalyzer"/> and <see cref="ClampSettingCodeFix"/> (or <see cref="RelationCodeFix"/>) over test sources.</summary>
internal static class SettingsVerifier
{
    /// <summary>The usings every test source starts with.</summary>
    public const string Usings = "using System;\nusing System.Threading;\nusing Veltrix;\n\n";

    /// <summary>Asserts that <paramref name="source"/> (after <see cref="Usings"/>) reports exactly its markup diagnostics.</summary>
    public static Task AnalyzeAsync(string source, params string[] editorConfig)
    {
        var test = new CSharpAnalyzerTest<SettingValuesAnalyzer, DefaultVerifier> { TestCode = Usings + source }.WithVeltrix();
        if (editorConfig.Length > 0)
        {
            test.WithEditorConfig(editorConfig);
        }

        return test.RunAsync();
    }

    /// <summary>Asserts that <paramref name="source"/> (after <see cref="Usings"/>) reports exactly <paramref name="expected"/>, messages included.</summary>
    public static Task AnalyzeMessagesAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<SettingValuesAnalyzer, DefaultVerifier> { TestCode = Usings + source }.WithVeltrix();
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Asserts the diagnostics of <paramref name="source"/> and that the code fix (and Fix All) turns it into <paramref name="fixedSource"/>.</summary>
    public static Task FixAsync(string source, string fixedSource, params string[] editorConfig)
        => FixAsync<ClampSettingCodeFix>(source, fixedSource, editorConfig);

    /// <summary>As <see cref="FixAsync(string, string, string[])"/>, with <typeparamref name="TCodeFix"/> (<see cref="RelationCodeFix"/> for VLX2003).</summary>
    public static Task FixAsync<TCodeFix>(string source, string fixedSource, params string[] editorConfig)
        where TCodeFix : CodeFixProvider, new()
        => Create<TCodeFix>(source, fixedSource, editorConfig).RunAsync();

    /// <summary>The code-fix test <see cref="FixAsync{TCodeFix}"/> runs, for tests that set more of it.</summary>
    public static CSharpCodeFixTest<SettingValuesAnalyzer, TCodeFix, DefaultVerifier> Create<TCodeFix>(string source, string fixedSource, params string[] editorConfig)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<SettingValuesAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = Usings + source,
            FixedCode = Usings + fixedSource,
        }.WithVeltrix();
        if (editorConfig.Length > 0)
        {
            test.WithEditorConfig(editorConfig);
        }

        return test;
    }
}
