using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Veltrix.Generators.Models;
using Xunit;

namespace Veltrix.Generators.Tests.Infrastructure;

/// <summary>The walker that keeps symbols, syntax and reference-compared collections out of pipeline models.</summary>
public sealed class ObjectGraphAssertionsTests
{
    public static TheoryData<string> BannedValueNames => ["symbol", "syntax node", "syntax token", "compilation", "semantic model", "location", "raw array", "immutable array", "list"];

    [Fact]
    public void FindProblem_GeneratorModelsOfValues_ReturnsNull()
    {
        var location = new LocationInfo("Test0.cs", new TextSpan(10, 4), new LinePositionSpan(new LinePosition(1, 2), new LinePosition(1, 6)));
        var intType = new TypeSpec(MemberTypeKind.Scalar, "int", "int", ScalarKind.Int32, false, true, null, false, EquatableArray<string>.Empty, "int");
        var listType = new TypeSpec(MemberTypeKind.IReadOnlyList, "global::System.Collections.Generic.IReadOnlyList<int>", "IReadOnlyList<int>", ScalarKind.None, false, false, intType, false, EquatableArray<string>.Empty, "global::System.Collections.Generic.IReadOnlyList<int>");
        var member = new MemberSpec(
            "Ports", "Ports", listType, MemberAssignment.Property, null, false, RoleKind.None, false, false, true, null, null,
            new[] { new ValidationSpec(ValidationKind.MinLength, new LengthRule(1, null), null) }.ToEquatableArray(),
            "The ports.");
        var section = new SectionSpec("global::Demo.Server", "Demo", "Server", EquatableArray<string>.Empty, true, false, "class", false, false, true, new[] { member }.ToEquatableArray());
        var spec = new ConfigSpec(section, "Server", EquatableArray<SectionSpec>.Empty, EquatableArray<KeySpec>.Empty, 42, "Demo.Server.g.cs");
        var diagnostic = DiagnosticInfo.Create(Diagnostics.DiagnosticIds.TypeNotPartial, location, "Server");
        var result = new ParseResult(spec, new[] { diagnostic }.ToEquatableArray());

        Assert.Null(ObjectGraphAssertions.FindProblem(result));
    }

    [Theory]
    [MemberData(nameof(BannedValueNames))]
    public void FindProblem_ValueNestedInRecord_ReportsItsPath(string kind)
    {
        var holder = new Outer(new Inner(CreateBanned(kind)));

        var problem = ObjectGraphAssertions.FindProblem(holder);

        Assert.NotNull(problem);
        Assert.StartsWith("Outer.Child.Value", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void FindProblem_BannedValueInsideEquatableArray_ReportsItsIndex()
    {
        var items = new[] { new Inner("fine"), new Inner(new[] { 1, 2 }) }.ToEquatableArray();

        var problem = ObjectGraphAssertions.FindProblem(new Outer(items));

        Assert.NotNull(problem);
        Assert.StartsWith("Outer.Child[1].Value is a raw array", problem, StringComparison.Ordinal);
    }

    private static object CreateBanned(string kind)
    {
        var tree = CSharpSyntaxTree.ParseText("class C { int F; }");
        var compilation = CSharpCompilation.Create("T", [tree], Basic.Reference.Assemblies.Net100.References.All);
        return kind switch
        {
            "symbol" => compilation.GetTypeByMetadataName("C")!,
            "syntax node" => tree.GetRoot(),
            "syntax token" => tree.GetRoot().GetFirstToken(),
            "compilation" => compilation,
            "semantic model" => compilation.GetSemanticModel(tree),
            "location" => tree.GetRoot().GetLocation(),
            "raw array" => new[] { "a" },
            "immutable array" => ImmutableArray.Create(1),
            "list" => new List<int> { 1 },
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    private sealed record Outer(object Child);

    private sealed record Inner(object Value);
}
