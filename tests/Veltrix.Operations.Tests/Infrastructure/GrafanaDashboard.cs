using System.Text.Json;
using System.Text.RegularExpressions;

namespace Veltrix.Operations.Tests.Infrastructure;

/// <summary>The shipped dashboard (<c>docs/grafana/veltrix-dashboard.json</c>, copied beside the tests): its panels and queries.</summary>
public sealed partial class GrafanaDashboard
{
    private GrafanaDashboard(IReadOnlyList<Panel> panels, IReadOnlyList<Variable> variables)
    {
        Panels = panels;
        Variables = variables;
    }

    public IReadOnlyList<Panel> Panels { get; }

    /// <summary>The template variables; those of type <c>query</c> carry a PromQL <c>label_values(…)</c>.</summary>
    public IReadOnlyList<Variable> Variables { get; }

    /// <summary>Every PromQL expression of every panel target.</summary>
    public IEnumerable<string> Expressions => Panels.SelectMany(static p => p.Expressions);

    public static GrafanaDashboard Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "veltrix-dashboard.json")));
        var panels = new List<Panel>();
        CollectPanels(document.RootElement.GetProperty("panels"), panels);
        var variables = new List<Variable>();
        foreach (var variable in document.RootElement.GetProperty("templating").GetProperty("list").EnumerateArray())
        {
            var query = variable.TryGetProperty("query", out var q)
                ? q.ValueKind == JsonValueKind.Object ? q.GetProperty("query").GetString() : q.GetString()
                : null;
            variables.Add(new Variable(variable.GetProperty("name").GetString()!, variable.GetProperty("type").GetString()!, query ?? string.Empty));
        }

        return new GrafanaDashboard(panels, variables);
    }

    /// <summary>
    /// The metric names a PromQL expression reads: identifiers that are not functions, aggregations, keywords, label
    /// names (inside <c>{…}</c> and <c>by (…)</c>), strings, durations or Grafana variables.
    /// </summary>
    public static IReadOnlySet<string> MetricNames(string promQl)
    {
        var text = StringLiteral().Replace(promQl, " ");
        text = LabelMatchers().Replace(text, " ");
        text = RangeOrSubquery().Replace(text, " ");
        text = Grouping().Replace(text, " ");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in Identifier().Matches(text))
        {
            if (!Keywords.Contains(match.Value))
            {
                names.Add(match.Value);
            }
        }

        return names;
    }

    /// <summary>The metric a <c>label_values(metric{…}, label)</c> variable query lists values from.</summary>
    public static string? LabelValuesMetric(string query)
        => LabelValues().Match(query) is { Success: true } match ? match.Groups["metric"].Value : null;

    /// <summary>
    /// The expression as Grafana sends it with every variable at "All" (<c>.+</c>) and the intervals it computes for a
    /// 1-second scrape: what the tests run against Prometheus.
    /// </summary>
    public static string Substitute(string promQl)
        => promQl
            .Replace("$__rate_interval", "1m", StringComparison.Ordinal)
            .Replace("$__interval", "15s", StringComparison.Ordinal)
            .Replace("$__range", "1h", StringComparison.Ordinal)
            .Replace("$job", ".+", StringComparison.Ordinal)
            .Replace("$instance", ".+", StringComparison.Ordinal)
            .Replace("$type", ".+", StringComparison.Ordinal);

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "by", "without", "on", "ignoring", "group_left", "group_right", "bool", "offset", "and", "or", "unless", "inf", "nan", "Inf", "NaN",
    };

    private static void CollectPanels(JsonElement panels, List<Panel> into)
    {
        foreach (var panel in panels.EnumerateArray())
        {
            var expressions = new List<string>();
            if (panel.TryGetProperty("targets", out var targets))
            {
                foreach (var target in targets.EnumerateArray())
                {
                    expressions.Add(target.GetProperty("expr").GetString()!);
                }
            }

            into.Add(new Panel(panel.GetProperty("title").GetString()!, panel.GetProperty("type").GetString()!, expressions));
            if (panel.TryGetProperty("panels", out var nested))
            {
                CollectPanels(nested, into);
            }
        }
    }

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex LabelMatchers();

    [GeneratedRegex(@"\[[^\[\]]*\]")]
    private static partial Regex RangeOrSubquery();

    [GeneratedRegex(@"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^()]*\)")]
    private static partial Regex Grouping();

    // Not after a word character, ':', '$' or '.' (the unit of a duration, a variable, a number); not a function call.
    [GeneratedRegex(@"(?<![\w:$.])(?>[a-zA-Z_:][\w:]*)(?!\s*\()")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"label_values\(\s*(?<metric>[a-zA-Z_:][\w:]*)")]
    private static partial Regex LabelValues();

    public sealed record Panel(string Title, string Type, IReadOnlyList<string> Expressions);

    public sealed record Variable(string Name, string Type, string Query);
}
