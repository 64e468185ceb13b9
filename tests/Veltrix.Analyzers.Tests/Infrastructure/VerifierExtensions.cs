using Microsoft.CodeAnalysis.Testing;

namespace Veltrix.Analyzers.Tests.Infrastructure;

/// <summary>Sets up analyzer and code-fix tests the same way everywhere.</summary>
internal static class VerifierExtensions
{
    /// <summary>
    /// References .NET 10 and, unless <paramref name="referenceVeltrix"/> is false, the Veltrix runtime and
    /// <c>IConfiguration</c>.
    /// </summary>
    /// <typeparam name="TTest">The test type.</typeparam>
    /// <param name="test">The test.</param>
    /// <param name="referenceVeltrix">False for the "Veltrix not referenced" case of each rule.</param>
    /// <returns><paramref name="test"/>.</returns>
    public static TTest WithVeltrix<TTest>(this TTest test, bool referenceVeltrix = true)
        where TTest : AnalyzerTest<DefaultVerifier>
    {
        test.ReferenceAssemblies = TestReferences.None;
        test.TestState.AdditionalReferences.AddRange(TestReferences.Net100);
        if (referenceVeltrix)
        {
            test.TestState.AdditionalReferences.Add(TestReferences.Veltrix);
            test.TestState.AdditionalReferences.Add(TestReferences.ConfigurationAbstractions);
        }

        return test;
    }

    /// <summary>Adds an <c>.editorconfig</c> section that applies to every C# file of the test.</summary>
    /// <typeparam name="TTest">The test type.</typeparam>
    /// <param name="test">The test.</param>
    /// <param name="lines">Lines such as <c>veltrix.VLX1002.max_entries = 1000</c>.</param>
    /// <returns><paramref name="test"/>.</returns>
    public static TTest WithEditorConfig<TTest>(this TTest test, params string[] lines)
        where TTest : AnalyzerTest<DefaultVerifier>
    {
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + string.Join("\n", lines) + "\n"));
        return test;
    }
}
