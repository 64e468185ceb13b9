using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Veltrix.Analyzers.Tests.Infrastructure;

namespace Veltrix.Analyzers.Tests.Usage;

/// <summary>Builds analyzer and code-fix tests for the usage rules with the shared references.</summary>
internal static class UsageTest
{
    /// <summary>The usings every test source starts with.</summary>
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using Veltrix;

        """;

    /// <summary>An analyzer test of <paramref name="source"/> (markup marks the expected diagnostics).</summary>
    public static CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> Analyze<TAnalyzer>(string source, bool referenceVeltrix = true)
        where TAnalyzer : DiagnosticAnalyzer, new()
        => new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source }.WithVeltrix(referenceVeltrix);

    /// <summary>A code-fix test from <paramref name="source"/> to <paramref name="fixedSource"/>.</summary>
    public static CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier> Fix<TAnalyzer, TCodeFix>(string source, string fixedSource)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier> { TestCode = source, FixedCode = fixedSource }.WithVeltrix();

        // Diagnostics the fix declines stay marked in the fixed source.
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        return test;
    }
}
