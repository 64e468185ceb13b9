using System.Globalization;

namespace Veltrix.Benchmarks.Reload;

/// <summary>The settings of one reload-latency run, from the command line.</summary>
/// <param name="Writes">Measured writes per system and write style.</param>
/// <param name="IntervalMs">Time from the start of one write to the start of the next.</param>
/// <param name="Warmup">Writes made first and left out of the figures (JIT, first watcher events).</param>
internal sealed record ReloadLatencyOptions(int Writes, int IntervalMs, int Warmup)
{
    /// <summary>What <c>reload --help</c> prints.</summary>
    public const string Usage = """
        usage: reload [--writes N] [--interval-ms M] [--warmup W]
          --writes N       measured writes per system and write style (default 200)
          --interval-ms M  from one write's start to the next, at least 50 (default 600: MEC's second callback,
                           about 500 ms after an in-place write, still lands before the next write)
          --warmup W       writes made first and not counted (default 3)
        Runs Veltrix and Microsoft.Extensions.Configuration + IOptionsMonitor<T> one after the other, each on its own
        file, first with in-place writes, then with temp+rename; prints a markdown table to standard output.
        """;

    /// <summary>The defaults: 200 writes 600 ms apart after 3 warm-up writes.</summary>
    public static ReloadLatencyOptions Default { get; } = new(200, 600, 3);

    /// <summary>Reads the options that follow the <c>reload</c> verb.</summary>
    /// <param name="args">The arguments after <c>reload</c>.</param>
    /// <param name="options">The options, when every argument was understood.</param>
    /// <param name="error">What was wrong, otherwise; empty for <c>--help</c>.</param>
    /// <returns>Whether to run.</returns>
    public static bool TryParse(IReadOnlyList<string> args, out ReloadLatencyOptions options, out string error)
    {
        options = Default;
        error = string.Empty;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "-h" or "--help")
            {
                return false;
            }

            if (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                error = string.Create(CultureInfo.InvariantCulture, $"'{arg}' needs a non-negative whole number after it.");
                return false;
            }

            switch (arg)
            {
                case "--writes" when number > 0:
                    options = options with { Writes = number };
                    break;
                case "--interval-ms" when number >= 50:
                    options = options with { IntervalMs = number };
                    break;
                case "--warmup":
                    options = options with { Warmup = number };
                    break;
                default:
                    error = string.Create(CultureInfo.InvariantCulture, $"Unknown option or value out of range: {arg} {args[i + 1]} (writes ≥ 1, interval ≥ 50 ms).");
                    return false;
            }

            i++;
        }

        return true;
    }
}
