using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
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
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CurrentReadAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The option that turns counting a loop read as many reads on or off (default <c>true</c>).</summary>
    public const string CountLoopReadsOption = "count_loop_reads";

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

            start.RegisterOperationBlockStartAction(block =>
            {
                var reads = new List<CurrentRead>();
                var reloads = new List<(ISymbol Receiver, int Position)>();
                var options = block.Options.AnalyzerConfigOptionsProvider.GetOptions(block.OperationBlocks[0].Syntax.SyntaxTree);
                var countLoops = !options.TryGetValue(Options.AnalyzerThresholds.Key(DiagnosticIds.CurrentReadMoreThanOnce, CountLoopReadsOption), out var text)
                    || !bool.TryParse(text.Trim(), out var parsed)
                    || parsed;
                block.RegisterOperationAction(
                    c =>
                    {
                        if (Classify((IPropertyReferenceOperation)c.Operation, liveConfig, countLoops) is { } read)
                        {
                            lock (reads)
                            {
                                reads.Add(read);
                            }
                        }
                    },
                    OperationKind.PropertyReference);
                block.RegisterOperationAction(
                    c =>
                    {
                        // An explicit Reload() between two reads means the code expects two generations.
                        var invocation = (IInvocationOperation)c.Operation;
                        if (invocation.TargetMethod.Name == "Reload"
                            && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType.OriginalDefinition, liveConfig)
                            && Receiver(invocation.Instance) is { } receiver)
                        {
                            lock (reads)
                            {
                                reloads.Add((receiver, invocation.Syntax.SpanStart));
                            }
                        }
                    },
                    OperationKind.Invocation);
                block.RegisterOperationBlockEndAction(c => Report(c, reads, reloads));
            });
        });
    }

    private static CurrentRead? Classify(IPropertyReferenceOperation reference, INamedTypeSymbol liveConfig, bool countLoops)
    {
        if (reference.Property.Name != "Current"
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

    private static void Report(OperationBlockAnalysisContext context, List<CurrentRead> reads, List<(ISymbol Receiver, int Position)> reloads)
    {
        if (reads.Count == 0)
        {
            return;
        }

        // Group by reader, receiver and the number of Reload() calls of that receiver before the read; the block
        // end runs once, after every operation action of the block.
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
                ReaderName(context.OwningSymbol, first.Scope)));
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

    private sealed class GroupComparer : IEqualityComparer<(IOperation? Scope, ISymbol Receiver, int Segment)>
    {
        public bool Equals((IOperation? Scope, ISymbol Receiver, int Segment) x, (IOperation? Scope, ISymbol Receiver, int Segment) y)
            => x.Scope == y.Scope && x.Segment == y.Segment && SymbolEqualityComparer.Default.Equals(x.Receiver, y.Receiver);

        public int GetHashCode((IOperation? Scope, ISymbol Receiver, int Segment) obj)
            => ((((obj.Scope?.GetHashCode() ?? 0) * 31) + obj.Segment) * 31) + SymbolEqualityComparer.Default.GetHashCode(obj.Receiver);
    }
}
