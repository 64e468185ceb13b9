namespace Veltrix.Operations.Tests.Infrastructure;

/// <summary>What an exporter serves on <c>/metrics</c>, in the Prometheus text format.</summary>
public static class ScrapedMetrics
{
    /// <summary>GETs <paramref name="url"/> once.</summary>
    public static string Get(Uri url)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        return http.GetStringAsync(url).GetAwaiter().GetResult();
    }

    /// <summary>The name of every series in a scrape (<c>_bucket</c>, <c>_sum</c>, <c>_count</c> and <c>_total</c> as written).</summary>
    public static IReadOnlySet<string> Names(string scrape)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in scrape.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var end = line.IndexOfAny(['{', ' ']);
            names.Add(end < 0 ? line : line[..end]);
        }

        return names;
    }
}
