using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Veltrix.Analyzers.Diagnostics;
using Veltrix.Analyzers.Symbols;

namespace Veltrix.Analyzers.Usage;

/// <summary>
/// VLX3001: <c>LiveConfig&lt;T&gt;.Current</c> read more than once through the same local, parameter, field or property
/// by one reader. A reader is a member body, and each lambda and local function is a reader of its own (it may run
/// later, or once per call, so its reads are not the enclosing method's). A read that runs once per loop iteration
/// counts as many reads, except the per-iteration pattern <c>var config = live.Current;</c> declared directly in the
/// loop body, which takes one snapshot per iteration on purpose (a worker loop picking up reloads). Reads on either
/// side of an explicit <c>Reload()</c> of the same receiver are counted apart: that code expects two generations.
/// </summary>
/// <remarks>
/// The rule runs only where it can report: in a compilation that references <c>LiveConfig&lt;T&gt;</c>, from each member
/// access named <c>Current</c>; only the member bodies that hold one are bound and get an operation tree for it.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CurrentReadAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The option that turns counting a loop read as many reads on or off (default <c>true</c>).</summary>
    public const string CountLoopReadsOption = "count_loop_reads";

    // The size, in characters, from which a block's reads are counted once and remembered rather than counted per read.
    private const int LargeBlock = 2_048;

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DiagnosticDescriptors.CurrentReadMoreThanOnce];

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

            // Every read the rule counts is written receiver.Current, so a syntax action on member accesses, with the
            // name checked before anything is bound, finds the operation blocks that can hold one; a compilation-wide
            // block action would have the driver build an operation tree for every member body of the project.
            // The reads of a large block, counted once however many reads trigger it: they depend only on the block's
            // operation tree, so keeping them across actions cannot go stale.
            var counted = new ConditionalWeakTable<IOperation, BlockReads>();
            start.RegisterSyntaxNodeAction(c => AnalyzeAccess(c, liveConfig, counted), SyntaxKind.SimpleMemberAccessExpression);
        });
    }

    /// <summary>
    /// Counts the reads of the operation block that holds a read of <c>Current</c> and reports the groups whose first
    /// read is this one: every group is reported once, from its own first read, and no action depends on another
    /// having run (the IDE may analyze one document more than once with the same compilation).
    /// </summary>
    private static void AnalyzeAccess(SyntaxNodeAnalysisContext context, INamedTypeSymbol liveConfig, ConditionalWeakTable<IOperation, BlockReads> counted)
    {
        var access = (MemberAccessExpressionSyntax)context.Node;
        if (!string.Equals(access.Name.Identifier.ValueText, VeltrixSymbols.CurrentPropertyName, StringComparison.Ordinal)
            || context.SemanticModel.GetOperation(access, context.CancellationToken) is not IPropertyReferenceOperation trigger)
        {
            return;
        }

        var options = context.Options.AnalyzerConfigOptionsProvider.GetOptions(access.SyntaxTree);
        var countLoops = !options.TryGetValue(Options.AnalyzerThresholds.Key(DiagnosticIds.CurrentReadMoreThanOnce, CountLoopReadsOption), out var text)
            || !bool.TryParse(text.Trim(), out var parsed)
            || parsed;
        if (Classify(trigger, liveConfig, countLoops) is null)
        {
            return;
        }

        // The block is the root of the operation tree: a member body, an initializer, or the top-level statements.
        IOperation block = trigger;
        while (block.Parent is { } parent)
        {
            block = parent;
        }

        // A small block (most are) is counted again for each of its reads, which costs less than remembering it.
        var found = block.Syntax.Span.Length < LargeBlock
            ? Count(block, liveConfig, countLoops)
            : counted.GetValue(block, large => Count(large, liveConfig, countLoops));
        Report(context, Owner(context, block, trigger), trigger, found.Reads, found.Reloads);
    }

    private static BlockReads Count(IOperation block, INamedTypeSymbol liveConfig, bool countLoops)
    {
        var found = new BlockReads();
        foreach (var operation in block.DescendantsAndSelf())
        {
            if (operation is IPropertyReferenceOperation reference)
            {
                if (Classify(reference, liveConfig, countLoops) is { } read)
                {
                    found.Reads.Add(read);
                }
            }
            else if (operation is IInvocationOperation invocation
                && invocation.TargetMethod.Name == "Reload"
                && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType.OriginalDefinition, liveConfig)
                && Receiver(invocation.Instance) is { } receiver)
            {
                // An explicit Reload() between two reads means the code expects two generations.
                found.Reloads.Add((receiver, invocation.Syntax.SpanStart));
            }
        }

        return found;
    }

    /// <summary>
    /// The symbol that owns <paramref name="block"/>, as a block action sees it: for an initializer, the member it
    /// initializes (the driver analyzes the syntax of <c>int a = 1, b = 2;</c> as the first field's); otherwise the
    /// member whose declaration the driver is analyzing.
    /// </summary>
    private static ISymbol? Owner(SyntaxNodeAnalysisContext context, IOperation block, IOperation trigger) => block switch
    {
        IFieldInitializerOperation { InitializedFields.Length: > 0 } field => field.InitializedFields[0],
        IPropertyInitializerOperation { InitializedProperties.Length: > 0 } property => property.InitializedProperties[0],
        _ => context.ContainingSymbol ?? context.SemanticModel.GetEnclosingSymbol(trigger.Syntax.SpanStart, context.CancellationToken),
    };

    private static CurrentRead? Classify(IPropertyReferenceOperation reference, INamedTypeSymbol liveConfig, bool countLoops)
    {
        if (reference.Property.Name != VeltrixSymbols.CurrentPropertyName
            || !SymbolEqualityComparer.Default.Equals(reference.Property.ContainingType.OriginalDefinition, liveConfig)
            || Receiver(reference.Instance) is not { } receiver)
        {
            return null;
        }

        IOperation? scope = null;
        var inLoop = false;
        IOperation child = reference;
        for (var parent = reference.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            if (parent is INameOfOperation)
            {
                return null;
            }

            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                scope = parent;
                break;
            }

            inLoop |= IsRepeated(parent, child);
        }

        var weight = inLoop && countLoops && !IsPerIterationLocal(reference) ? 2 : 1;
        return new CurrentRead(reference, receiver, scope, weight);
    }

    /// <summary>Whether <paramref name="child"/> runs once per iteration of <paramref name="parent"/> (a foreach collection and a for initializer run once).</summary>
    private static bool IsRepeated(IOperation parent, IOperation child) => parent switch
    {
        IForEachLoopOperation forEach => child != forEach.Collection,
        IForLoopOperation forLoop => !forLoop.Before.Contains(child),
        ILoopOperation => true,
        _ => false,
    };

    /// <summary>
    /// <c>var config = live.Current;</c> as a statement of a loop's body: directly in it, or only inside blocks,
    /// <c>try</c>, <c>using</c> and <c>lock</c> statements of it (never under a condition or a nested loop).
    /// </summary>
    private static bool IsPerIterationLocal(IOperation reference)
    {
        if (reference.Parent is not IVariableInitializerOperation
            {
                Parent: IVariableDeclaratorOperation { Parent: IVariableDeclarationOperation { Parent: IVariableDeclarationGroupOperation group } },
            })
        {
            return false;
        }

        for (var parent = group.Parent; parent is not null; parent = parent.Parent)
        {
            switch (parent)
            {
                case ILoopOperation:
                    return true;
                case IBlockOperation or ITryOperation or IUsingOperation or ILockOperation:
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }

    private static ISymbol? Receiver(IOperation? instance) => instance switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFieldReferenceOperation field when field.Instance is null or IInstanceReferenceOperation => field.Field,
        IPropertyReferenceOperation property when property.Instance is null or IInstanceReferenceOperation => property.Property,
        _ => null,
    };

    private static void Report(SyntaxNodeAnalysisContext context, ISymbol? owner, IOperation trigger, List<CurrentRead> reads, List<(ISymbol Receiver, int Position)> reloads)
    {
        if (owner is null)
        {
            return;
        }

        // Group by reader, receiver and the number of Reload() calls of that receiver before the read.
        var groups = new Dictionary<(IOperation? Scope, ISymbol Receiver, int Segment), List<CurrentRead>>(new GroupComparer());
        foreach (var read in reads)
        {
            var segment = 0;
            foreach (var (receiver, position) in reloads)
            {
                if (position < read.Operation.Syntax.SpanStart && SymbolEqualityComparer.Default.Equals(receiver, read.Receiver))
                {
                    segment++;
                }
            }

            var key = (read.Scope, read.Receiver, segment);
            if (!groups.TryGetValue(key, out var group))
            {
                group = [];
                groups.Add(key, group);
            }

            group.Add(read);
        }

        foreach (var group in groups.Values)
        {
            var weight = 0;
            foreach (var read in group)
            {
                weight += read.Weight;
            }

            if (weight < 2)
            {
                continue;
            }

            group.Sort(static (a, b) => a.Operation.Syntax.SpanStart.CompareTo(b.Operation.Syntax.SpanStart));
            if (group[0].Operation != trigger)
            {
                // Reported by the action of its first read.
                continue;
            }

            var additional = new List<Location>(group.Count - 1);
            for (var i = 1; i < group.Count; i++)
            {
                additional.Add(group[i].Operation.Syntax.GetLocation());
            }

            var first = group[0];
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.CurrentReadMoreThanOnce,
                first.Operation.Syntax.GetLocation(),
                additional,
                first.Operation.Syntax.ToString(),
                group.Count == 1 ? "inside a loop" : group.Count.ToString(CultureInfo.InvariantCulture) + " times",
                ReaderName(owner, first.Scope)));
        }
    }

    private static string ReaderName(ISymbol owner, IOperation? scope) => scope switch
    {
        ILocalFunctionOperation local => local.Symbol.Name,
        IAnonymousFunctionOperation => "a lambda in " + MemberName(owner),
        _ => MemberName(owner),
    };

    private static string MemberName(ISymbol owner) => owner switch
    {
        IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } constructor => constructor.ContainingType.Name,
        IMethodSymbol { AssociatedSymbol: { } associated } => associated.Name,
        _ => owner.Name,
    };

    /// <summary>The reads of <c>Current</c> and the <c>Reload()</c> calls of one operation block.</summary>
    private sealed class BlockReads
    {
        public List<CurrentRead> Reads { get; } = [];

        public List<(ISymbol Receiver, int Position)> Reloads { get; } = [];
    }

    private sealed class GroupComparer : IEqualityComparer<(IOperation? Scope, ISymbol Receiver, int Segment)>
    {
        public bool Equals((IOperation? Scope, ISymbol Receiver, int Segment) x, (IOperation? Scope, ISymbol Receiver, int Segment) y)
            => x.Scope == y.Scope && x.Segment == y.Segment && SymbolEqualityComparer.Default.Equals(x.Receiver, y.Receiver);

        public int GetHashCode((IOperation? Scope, ISymbol Receiver, int Segment) obj)
            => ((((obj.Scope?.GetHashCode() ?? 0) * 31) + obj.Segment) * 31) + SymbolEqualityComparer.Default.GetHashCode(obj.Receiver);
    }
}
