using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Veltrix.Generators.Tests.Infrastructure;

/// <summary>Assertions about how a generator run reused the previous run's work.</summary>
internal static class IncrementalAssertions
{
    /// <summary>The name under which the driver tracks the <c>RegisterSourceOutput</c> steps.</summary>
    public const string SourceOutputStepName = "SourceOutput";

    /// <summary>
    /// Fails unless <paramref name="second"/>, a run over a compilation equivalent to that of <paramref name="first"/>,
    /// reused everything (see <see cref="FindCacheProblems"/>).
    /// </summary>
    /// <param name="first">The first run.</param>
    /// <param name="second">The run after an edit that must not matter.</param>
    /// <param name="trackingNames">The tracked step names to check.</param>
    /// <param name="edit">What changed between the runs, for messages.</param>
    public static void AssertCachedRun(
        GeneratorDriverRunResult first,
        GeneratorDriverRunResult second,
        ImmutableArray<string> trackingNames,
        string edit)
    {
        if (FindCacheProblems(first, second, trackingNames, edit) is { } problems)
        {
            Assert.Fail(problems);
        }
    }

    /// <summary>
    /// Describes how <paramref name="second"/>, a run over a compilation equivalent to that of
    /// <paramref name="first"/>, failed to reuse the first: it must run the same tracked steps with equal outputs,
    /// each <see cref="IncrementalStepRunReason.Cached"/> or <see cref="IncrementalStepRunReason.Unchanged"/>, reuse
    /// every source output, and no step output of either run may hold a non-cacheable value.
    /// </summary>
    /// <param name="first">The first run.</param>
    /// <param name="second">The run after an edit that must not matter.</param>
    /// <param name="trackingNames">The tracked step names to check.</param>
    /// <param name="edit">What changed between the runs, for messages.</param>
    /// <returns>Null when everything was reused; otherwise what was not.</returns>
    public static string? FindCacheProblems(
        GeneratorDriverRunResult first,
        GeneratorDriverRunResult second,
        ImmutableArray<string> trackingNames,
        string edit)
    {
        var result1 = Assert.Single(first.Results);
        var result2 = Assert.Single(second.Results);
        if (result2.Exception is { } exception)
        {
            return $"Re-running the generator over {edit} threw: {exception}";
        }

        var steps1 = Tracked(result1, trackingNames);
        var steps2 = Tracked(result2, trackingNames);
        var failures = new StringBuilder();
        if (!steps1.Keys.Order(StringComparer.Ordinal).SequenceEqual(steps2.Keys.Order(StringComparer.Ordinal)))
        {
            failures.Append($"  ran different tracked steps: [{string.Join(", ", steps1.Keys)}] then [{string.Join(", ", steps2.Keys)}]\n");
        }

        foreach (var (name, runSteps1) in steps1)
        {
            if (!steps2.TryGetValue(name, out var runSteps2))
            {
                continue;
            }

            if (runSteps1.Length != runSteps2.Length)
            {
                failures.Append($"  {name}: {runSteps1.Length} executions, then {runSteps2.Length}\n");
                continue;
            }

            for (var i = 0; i < runSteps1.Length; i++)
            {
                var outputs1 = runSteps1[i].Outputs;
                var outputs2 = runSteps2[i].Outputs;
                foreach (var (value, _) in outputs1.AddRange(outputs2))
                {
                    if (ObjectGraphAssertions.FindProblem(value) is { } problem)
                    {
                        failures.Append($"  {name}[{i}] output is not cacheable: {problem}\n");
                    }
                }

                if (outputs1.Length != outputs2.Length)
                {
                    failures.Append($"  {name}[{i}]: {outputs1.Length} outputs, then {outputs2.Length}\n");
                    continue;
                }

                for (var j = 0; j < outputs2.Length; j++)
                {
                    var (value2, reason2) = outputs2[j];
                    if (!Equals(outputs1[j].Value, value2))
                    {
                        failures.Append($"  {name}[{i}].Outputs[{j}]: not equal to the previous run's output (is the model equatable?): {Describe(value2)}\n");
                    }
                    else if (reason2 is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
                    {
                        failures.Append($"  {name}[{i}].Outputs[{j}]: {reason2}: {Describe(value2)}\n");
                    }
                }
            }
        }

        foreach (var (name, runSteps) in result2.TrackedOutputSteps)
        {
            foreach (var step in runSteps)
            {
                foreach (var (value, reason) in step.Outputs)
                {
                    // The diagnostics output is paired with the compilation (to locate diagnostics in their syntax
                    // trees), so it re-runs on every edit; it writes no source, so nothing downstream is redone.
                    if (WritesNoSource(value))
                    {
                        continue;
                    }

                    if (reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
                    {
                        failures.Append($"  output step {name}: {reason}: {Describe(value)}\n");
                    }
                }
            }
        }

        return failures.Length == 0
            ? null
            : $"Re-running the generator over {edit} did not reuse the previous run:\n{failures}";
    }

    /// <summary>The reasons of every output of the tracked step <paramref name="stepName"/>, in order.</summary>
    /// <param name="run">A run.</param>
    /// <param name="stepName">The tracking name.</param>
    /// <returns>The outputs with their reasons; empty when the step did not run.</returns>
    public static ImmutableArray<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorDriverRunResult run, string stepName)
    {
        var result = Assert.Single(run.Results);
        if (!result.TrackedSteps.TryGetValue(stepName, out var steps))
        {
            return [];
        }

        return [.. steps.SelectMany(static s => s.Outputs)];
    }

    // An output step's value is (generated sources, diagnostics); the source type is internal to Roslyn.
    private static bool WritesNoSource(object value)
        => value is System.Runtime.CompilerServices.ITuple { Length: 2 } tuple
            && tuple[0] is System.Collections.IEnumerable sources
            && !sources.GetEnumerator().MoveNext();

    /// <summary>
    /// The reasons of the source-output steps fed by the tracked step <paramref name="inputStepName"/>: whether each
    /// file that step emits was emitted again.
    /// </summary>
    /// <param name="run">A run.</param>
    /// <param name="inputStepName">The tracking name of the step the source output consumes (Specs, Sections, …).</param>
    /// <returns>One reason per output of every such source-output step.</returns>
    public static ImmutableArray<IncrementalStepRunReason> SourceOutputReasons(GeneratorDriverRunResult run, string inputStepName)
    {
        var result = Assert.Single(run.Results);
        if (!result.TrackedOutputSteps.TryGetValue(SourceOutputStepName, out var steps))
        {
            return [];
        }

        var reasons = ImmutableArray.CreateBuilder<IncrementalStepRunReason>();
        foreach (var step in steps)
        {
            if (step.Inputs.Any(input => string.Equals(input.Source.Name, inputStepName, StringComparison.Ordinal)))
            {
                foreach (var (_, reason) in step.Outputs)
                {
                    reasons.Add(reason);
                }
            }
        }

        return reasons.ToImmutable();
    }

    private static Dictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> Tracked(Microsoft.CodeAnalysis.GeneratorRunResult result, ImmutableArray<string> names)
    {
        var steps = new Dictionary<string, ImmutableArray<IncrementalGeneratorRunStep>>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (result.TrackedSteps.TryGetValue(name, out var runSteps))
            {
                steps.Add(name, runSteps);
            }
        }

        return steps;
    }

    private static string Describe(object? value)
    {
        var text = value?.ToString() ?? "null";
        return text.Length <= 300 ? text : text[..300] + "…";
    }
}
