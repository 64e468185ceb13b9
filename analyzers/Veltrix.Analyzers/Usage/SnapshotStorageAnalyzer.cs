using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Veltrix.Analyzers.ConfigSchema;
using Veltrix.Analyzers.Diagnostics;
using Veltrix.Analyzers.Options;
using Veltrix.Analyzers.Symbols;

namespace Veltrix.Analyzers.Usage;

/// <summary>
/// VLX3002: a value taken from <c>LiveConfig&lt;T&gt;.Current</c> — the snapshot, a section or collection of it, or
/// (by default) a scalar copied out of it — assigned to, or used to initialize, a static field or property, or a
/// field or property of the containing instance (<c>this</c>) whose type matches <c>long_lived_types</c>. Locals,
/// members of other objects (an object initializer, a DTO being built) and assignments inside a <c>Changed</c> or
/// <c>OnChange</c> handler (which refresh the stored value on every reload) are not reported. The value is followed
/// through member accesses, indexers, conversions and locals initialized from <c>Current</c>; not through method calls.
/// </summary>
/// <remarks>
/// The rule runs only where it can report: in a compilation that references <c>LiveConfig&lt;T&gt;</c>, on the
/// assignments and member initializers of member bodies that name <c>Current</c> (<see cref="IdentifierScan"/>); only
/// those bodies are bound and get an operation tree for it.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SnapshotStorageAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Option: whether scalars copied out of a snapshot count (default <c>true</c>).</summary>
    public const string IncludeScalarsOption = "include_scalars";

    /// <summary>Option: patterns of the type names whose instance fields count as long-lived (default <c>*</c>, every type).</summary>
    public const string LongLivedTypesOption = "long_lived_types";

    private const int MaxLocalDepth = 4;

    // The size, in characters, from which a member's scan for Current is remembered rather than repeated.
    private const int LargeMember = 2_048;

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DiagnosticDescriptors.SnapshotStoredInField];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            if (VeltrixSymbols.TryCreate(start.Compilation)?.LiveConfig is not { } liveConfig)
            {
                return;
            }

            // One syntax action on the assignments and member initializers, which the driver reaches on the walk it
            // makes for every syntax analyzer: compilation-wide operation actions would have it build an operation tree
            // for every member body of the project, and a symbol-start action costs it bookkeeping for every member.
            // Whether a large member's code names Current, scanned once however many assignments it holds: the answer
            // depends only on the (immutable) syntax, so keeping it across actions cannot go stale.
            var scanned = new ConditionalWeakTable<SyntaxNode, StrongBox<bool>>();
            start.RegisterSyntaxNodeAction(
                c => AnalyzeNode(c, liveConfig, scanned),
                SyntaxKind.SimpleAssignmentExpression,
                SyntaxKind.CoalesceAssignmentExpression,
                SyntaxKind.EqualsValueClause);
        });
    }

    private static void AnalyzeNode(SyntaxNodeAnalysisContext context, INamedTypeSymbol liveConfig, ConditionalWeakTable<SyntaxNode, StrongBox<bool>> scanned)
    {
        // A stored value comes from a read of Current in the same member body, directly or through locals declared
        // there: code that never names Current is passed over before anything is bound. The initializer of a local or
        // of a parameter is no member's.
        var node = context.Node;
        if (node is EqualsValueClauseSyntax { Parent: not (VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax } or PropertyDeclarationSyntax) }
            || !NamesCurrent(CodeOf(node), scanned))
        {
            return;
        }

        switch (context.SemanticModel.GetOperation(node, context.CancellationToken))
        {
            case IAssignmentOperation { Kind: OperationKind.SimpleAssignment or OperationKind.CoalesceAssignment } assignment:
                AnalyzeAssignment(context, assignment, liveConfig);
                break;
            case ISymbolInitializerOperation { Kind: OperationKind.FieldInitializer or OperationKind.PropertyInitializer } initializer:
                AnalyzeInitializer(context, initializer, liveConfig);
                break;
        }
    }

    // A small member (most are) is scanned again for each of its assignments, which costs less than remembering it.
    private static bool NamesCurrent(SyntaxNode code, ConditionalWeakTable<SyntaxNode, StrongBox<bool>> scanned)
        => code.Span.Length < LargeMember
            ? IdentifierScan.InNode(code, VeltrixSymbols.CurrentPropertyName)
            : scanned.GetValue(code, static large => new StrongBox<bool>(IdentifierScan.InNode(large, VeltrixSymbols.CurrentPropertyName))).Value;

    /// <summary>
    /// The code that holds every local <paramref name="node"/> can read: its member declaration, or, for top-level
    /// statements, the compilation unit (they are one body).
    /// </summary>
    private static SyntaxNode CodeOf(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (current is GlobalStatementSyntax { Parent: { } unit })
            {
                return unit;
            }

            if (current is MemberDeclarationSyntax)
            {
                return current;
            }
        }

        return node.SyntaxTree.GetRoot(CancellationToken.None);
    }

    private static void AnalyzeAssignment(SyntaxNodeAnalysisContext context, IAssignmentOperation assignment, INamedTypeSymbol liveConfig)
    {
        var (member, isStatic, instance) = assignment.Target switch
        {
            IFieldReferenceOperation field => ((ISymbol)field.Field, field.Field.IsStatic, field.Instance),
            IPropertyReferenceOperation property => (property.Property, property.Property.IsStatic, property.Instance),
            _ => (null, false, null),
        };
        if (member is null
            || (!isStatic && instance is not IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance })
            || IsInChangeHandler(assignment, liveConfig))
        {
            return;
        }

        Check(context, liveConfig, member, isStatic, assignment.Value, assignment.Syntax.GetLocation());
    }

    private static void AnalyzeInitializer(SyntaxNodeAnalysisContext context, ISymbolInitializerOperation initializer, INamedTypeSymbol liveConfig)
    {
        var (member, isStatic) = initializer switch
        {
            IFieldInitializerOperation { InitializedFields.Length: > 0 } field => ((ISymbol)field.InitializedFields[0], field.InitializedFields[0].IsStatic),
            IPropertyInitializerOperation { InitializedProperties.Length: > 0 } property => (property.InitializedProperties[0], property.InitializedProperties[0].IsStatic),
            _ => (null, false),
        };
        if (member is not null)
        {
            Check(context, liveConfig, member, isStatic, initializer.Value, initializer.Value.Syntax.GetLocation());
        }
    }

    private static void Check(SyntaxNodeAnalysisContext context, INamedTypeSymbol liveConfig, ISymbol member, bool isStatic, IOperation value, Location location)
    {
        if (FromCurrent(value, liveConfig, 0) is not { } current)
        {
            return;
        }

        var options = context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.Node.SyntaxTree);
        var includeScalars = !options.TryGetValue(AnalyzerThresholds.Key(DiagnosticIds.SnapshotStoredInField, IncludeScalarsOption), out var text)
            || !bool.TryParse(text.Trim(), out var parsed)
            || parsed;
        if (!includeScalars && value.Type is { } type && SchemaModel.IsScalar(type))
        {
            return;
        }

        if (!isStatic
            && !NamePatterns.Read(options, DiagnosticIds.SnapshotStoredInField, LongLivedTypesOption, "*").MatchesName(member.ContainingType.Name))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.SnapshotStoredInField,
            location,
            member.Name,
            current.Syntax.ToString()));
    }

    /// <summary>The read of <c>Current</c> that <paramref name="value"/> comes from, or null.</summary>
    private static IOperation? FromCurrent(IOperation? value, INamedTypeSymbol liveConfig, int depth)
    {
        while (value is not null)
        {
            switch (value)
            {
                case IConversionOperation conversion:
                    value = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    value = parenthesized.Operand;
                    break;
                case IPropertyReferenceOperation property
                    when property.Property.Name == VeltrixSymbols.CurrentPropertyName
                        && SymbolEqualityComparer.Default.Equals(property.Property.ContainingType.OriginalDefinition, liveConfig):
                    return property;
                case IPropertyReferenceOperation property:
                    value = property.Instance;
                    break;
                case IFieldReferenceOperation { Instance: not null } field:
                    value = field.Instance;
                    break;
                case IArrayElementReferenceOperation element:
                    value = element.ArrayReference;
                    break;
                case ILocalReferenceOperation local when depth < MaxLocalDepth:
                    return FromCurrent(LocalInitializer(local), liveConfig, depth + 1);
                default:
                    return null;
            }
        }

        return null;
    }

    /// <summary>The initializer of a local declared with one (<c>var config = live.Current;</c>).</summary>
    private static IOperation? LocalInitializer(ILocalReferenceOperation local)
    {
        if (local.SemanticModel is not { } model)
        {
            return null;
        }

        foreach (var reference in local.Local.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } initializer }
                && reference.SyntaxTree == model.SyntaxTree)
            {
                return model.GetOperation(initializer);
            }
        }

        return null;
    }

    /// <summary>Whether the assignment runs in a lambda subscribed to <c>Changed</c> or passed to <c>OnChange</c> of a live configuration.</summary>
    private static bool IsInChangeHandler(IOperation operation, INamedTypeSymbol liveConfig)
    {
        for (var node = operation.Parent; node is not null; node = node.Parent)
        {
            if (node is not IAnonymousFunctionOperation)
            {
                continue;
            }

            var outer = node.Parent;
            while (outer is IDelegateCreationOperation or IConversionOperation)
            {
                outer = outer.Parent;
            }

            var isHandler = outer switch
            {
                IEventAssignmentOperation { EventReference: IEventReferenceOperation { Event.ContainingType: var type } } => SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, liveConfig),
                IArgumentOperation { Parent: IInvocationOperation invocation } => SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType.OriginalDefinition, liveConfig),
                _ => false,
            };
            if (isHandler)
            {
                return true;
            }
        }

        return false;
    }
}
