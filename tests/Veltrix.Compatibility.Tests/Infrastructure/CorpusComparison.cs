using System.Globalization;
using System.Threading;
using Microsoft.Extensions.Configuration;
using Veltrix.Tests.Parity;

namespace Veltrix.Compatibility.Tests.Infrastructure;

/// <summary>
/// Binds every options class of a stack with ConfigurationBinder and with Veltrix, for the files alone and under
/// each override scenario, and lists every disagreement.
/// </summary>
public static class CorpusComparison
{
    private static int _next;

    /// <summary>The findings of every scenario that applies to the stack, and the scenarios that ran.</summary>
    /// <param name="stack">The file stack.</param>
    /// <param name="scenarios">The scenarios; one whose placeholders do not resolve on this stack is left out.</param>
    public static (IReadOnlyList<CorpusFinding> Findings, IReadOnlyList<string> ScenariosRun) Run(CorpusStack stack, IReadOnlyList<OverrideScenario> scenarios)
    {
        var findings = new List<CorpusFinding>();
        var run = new List<string>();
        var files = ReadFiles(stack);
        foreach (var scenario in scenarios)
        {
            var environment = Resolve(scenario.Environment, files);
            var commandLine = Resolve(scenario.CommandLine, files);
            if (environment is null || commandLine is null)
            {
                continue;
            }

            run.Add(scenario.Name);
            var prefix = string.Create(CultureInfo.InvariantCulture, $"VLXCORPUS{Environment.ProcessId}X{Interlocked.Increment(ref _next)}_");
            var inputs = new StackInputs(stack.FullPaths, prefix, [.. commandLine.Select(static a => "--" + a.Key + "=" + a.Value)]);
            foreach (var (name, value) in environment)
            {
                Environment.SetEnvironmentVariable(prefix + name, value);
            }

            try
            {
                foreach (var root in stack.Roots)
                {
                    Compare(stack, scenario.Name, root, inputs, findings);
                }
            }
            finally
            {
                foreach (var (name, _) in environment)
                {
                    Environment.SetEnvironmentVariable(prefix + name, null);
                }
            }
        }

        return (findings, run);
    }

    private static void Compare(CorpusStack stack, string scenario, CorpusRoot root, StackInputs inputs, List<CorpusFinding> findings)
    {
        var binder = root.BindConfigurationBinder(inputs);
        var veltrix = root.BindVeltrix(inputs);
        var section = root.Section.Length == 0 ? "(root)" : root.Section;
        if (veltrix.IsCrash)
        {
            findings.Add(new(stack, scenario, root.ToString(), FindingKind.Crash, section, Describe(binder), veltrix.Error!));
        }
        else if (binder.Error is null && veltrix.Error is not null)
        {
            findings.Add(new(stack, scenario, root.ToString(), FindingKind.ValidFileRejected, section, "(binds)", veltrix.Error));
        }
        else if (binder.Error is not null && veltrix.Error is null)
        {
            findings.Add(new(stack, scenario, root.ToString(), FindingKind.AcceptedWhereBinderRejects, section, binder.Error, "(binds)"));
        }
        else if (binder.Error is null && veltrix.Error is null)
        {
            foreach (var difference in ObjectGraphComparer.FindDifferences(binder.Value, veltrix.Value, root.Section))
            {
                findings.Add(new(stack, scenario, root.ToString(), FindingKind.Difference, difference.Path, difference.ConfigurationBinder, difference.Veltrix));
            }
        }
    }

    private static string Describe(BindOutcome outcome) => outcome.Error ?? "(binds)";

    // The stack's files as ConfigurationBuilder merges them, to resolve placeholders; null when they do not load.
    private static IConfiguration? ReadFiles(CorpusStack stack)
    {
        var builder = new ConfigurationBuilder();
        foreach (var file in stack.FullPaths)
        {
            builder.AddJsonFile(file, optional: false, reloadOnChange: false);
        }

        try
        {
            return builder.Build();
        }
        catch (Exception ex) when (ex is FormatException or InvalidDataException)
        {
            return null;
        }
    }

    private static List<KeyValuePair<string, string>>? Resolve(IReadOnlyList<KeyValuePair<string, string>> keys, IConfiguration? files)
    {
        var resolved = new List<KeyValuePair<string, string>>(keys.Count);
        foreach (var (template, value) in keys)
        {
            var key = files is null ? (template.Contains('{', StringComparison.Ordinal) ? null : template) : KeyTemplate.Resolve(template, files);
            if (key is null)
            {
                return null;
            }

            resolved.Add(KeyValuePair.Create(key, value));
        }

        return resolved;
    }
}
