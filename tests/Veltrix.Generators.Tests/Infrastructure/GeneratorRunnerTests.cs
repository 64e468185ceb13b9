using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;
using Xunit.Sdk;

namespace Veltrix.Generators.Tests.Infrastructure;

/// <summary>
/// The harness itself: every run of <see cref="GeneratorRunner"/> must catch a generator whose pipeline cannot be
/// cached, or a compilation that does not build. Checked with small generators made for the purpose.
/// </summary>
public sealed class GeneratorRunnerTests
{
    private const string StepName = "Model";

    private const string Source = """
        namespace Demo;

        /// <summary>A class.</summary>
        public sealed class Widget
        {
        }
        """;

    private static readonly System.Collections.Immutable.ImmutableArray<string> StepNames = [StepName];

    [Fact]
    public void Run_EquatableModels_Passes()
    {
        var result = GeneratorRunner.Run(GeneratorRunner.CreateCompilation(Source), new ModelGenerator(ModelKind.Equatable), StepNames);

        Assert.Contains("// Widget", result.GetSource("Widget.g.cs"), StringComparison.Ordinal);
        result.AssertOutputCompilesCleanly();
    }

    [Fact]
    public void Run_ModelHoldingRawArray_FailsOnObjectGraph()
    {
        var failure = Assert.ThrowsAny<XunitException>(
            () => GeneratorRunner.Run(GeneratorRunner.CreateCompilation(Source), new ModelGenerator(ModelKind.RawArray), StepNames));

        Assert.Contains("ArrayModel.Parts is a raw array", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ModelWithReferenceEquality_FailsBecauseSecondRunIsNotCached()
    {
        var failure = Assert.ThrowsAny<XunitException>(
            () => GeneratorRunner.Run(GeneratorRunner.CreateCompilation(Source), new ModelGenerator(ModelKind.ReferenceEquality), StepNames));

        Assert.Contains("Model[0].Outputs[0]: not equal to the previous run's output", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ModelHoldingSymbol_FailsOnObjectGraph()
    {
        var failure = Assert.ThrowsAny<XunitException>(
            () => GeneratorRunner.Run(GeneratorRunner.CreateCompilation(Source), new ModelGenerator(ModelKind.Symbol), StepNames));

        Assert.Contains("is a symbol", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AssertOutputCompilesCleanly_GeneratedCodeWithWarning_Fails()
    {
        var result = GeneratorRunner.Run(GeneratorRunner.CreateCompilation(Source), new ModelGenerator(ModelKind.EmitsWarning), StepNames);

        var failure = Assert.ThrowsAny<XunitException>(result.AssertOutputCompilesCleanly);

        Assert.Contains("CS0168", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSnapshotText_Files_AreSortedWithHeaders()
    {
        var result = GeneratorRunner.Run(GeneratorRunner.CreateCompilation(Source, "namespace Demo; /// <summary>A.</summary>\npublic sealed class Anvil { }"), new ModelGenerator(ModelKind.Equatable), StepNames);

        var text = result.ToSnapshotText();

        Assert.Equal(
            "//----- Anvil.g.cs\n// Anvil\n\n//----- Widget.g.cs\n// Widget\n\n//----- Diagnostics\n(none)\n",
            text);
    }

    private enum ModelKind
    {
        Equatable,
        RawArray,
        ReferenceEquality,
        Symbol,
        EmitsWarning,
    }

    private sealed record NameModel(string Name);

    private sealed record ArrayModel(string Name, string[] Parts);

    private sealed record SymbolModel(string Name, ISymbol? Symbol);

    private sealed class ReferenceModel(string name)
    {
        public string Name { get; } = name;
    }

    private sealed class ModelGenerator(ModelKind kind) : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var models = context.SyntaxProvider
                .CreateSyntaxProvider(static (node, _) => node is ClassDeclarationSyntax { Parent: BaseNamespaceDeclarationSyntax { Name: IdentifierNameSyntax { Identifier.Text: "Demo" } } }, Transform)
                .WithTrackingName(StepName);
            context.RegisterSourceOutput(models, Emit);
        }

        private object Transform(GeneratorSyntaxContext context, CancellationToken cancellationToken)
        {
            var name = ((ClassDeclarationSyntax)context.Node).Identifier.Text;
            return kind switch
            {
                ModelKind.RawArray => new ArrayModel(name, [name]),
                ModelKind.ReferenceEquality => new ReferenceModel(name),
                ModelKind.Symbol => new SymbolModel(name, context.SemanticModel.GetDeclaredSymbol(context.Node, cancellationToken)),
                _ => new NameModel(name),
            };
        }

        private void Emit(SourceProductionContext context, object model)
        {
            var name = model switch
            {
                NameModel m => m.Name,
                ArrayModel m => m.Name,
                SymbolModel m => m.Name,
                ReferenceModel m => m.Name,
                _ => "?",
            };
            var body = kind == ModelKind.EmitsWarning
                ? $"namespace Demo {{ internal static class {name}Extra {{ internal static void M() {{ int unused; }} }} }}\n"
                : $"// {name}\n";
            context.AddSource($"{name}.g.cs", body);
        }
    }
}
