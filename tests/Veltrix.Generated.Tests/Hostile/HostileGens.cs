using System.Globalization;
using CsCheck;

namespace Veltrix.Tests.Hostile;

/// <summary>CsCheck generators for <see cref="HostileConfig"/> values, edge values included, and the run sizes.</summary>
public static class HostileGens
{
    /// <summary>Texts that look like something a loader might interpret; all must stay literal.</summary>
    public static readonly string[] InterpolationLookalikes =
    [
        "${jndi:ldap://x}", "${script:javascript:java.lang.Runtime.getRuntime().exec('x')}", "$(cmd)", "`cmd`", "%PATH%",
        "${env:HOME}", "@include ../secrets.json", "file:///etc/passwd", "../../etc/passwd", "{{ .Values.x }}",
    ];

    private static readonly string[] Specials =
    [
        "", " ", " padded ", "a:b", "a__b", "é", "😀", "\u0000", "line\nbreak", "tab\tstop", "\"quoted\"", "back\\slash",
        "null", "true", "0x10", "=", "--flag", .. InterpolationLookalikes,
    ];

    /// <summary>Strings of valid UTF-16: printable ASCII, other BMP characters (no surrogates), and special texts.</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (4, Gen.Char[' ', '~'].Array[0, 12].Select(static a => new string(a))),
        (1, Gen.Char['\u00A0', '\uD7FF'].Array[0, 6].Select(static a => new string(a))),
        (2, Gen.OneOfConst(Specials)));

    /// <summary>A dictionary key or list value segment: no ':', no "__", no '=' (they mean something in key paths).</summary>
    public static readonly Gen<string> KeySegment = Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.é"].Array[1, 8].Select(static a => new string(a));

    /// <summary>Every edge the schema's types have: NaN and infinities, extremes, and ordinary values.</summary>
    public static readonly Gen<double> Ratio = Gen.Frequency(
        (3, Gen.Double),
        (1, Gen.OneOfConst(double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, double.MinValue, double.Epsilon, -0.0, 0.0)));

    public static readonly Gen<TimeSpan> Timeout = Gen.Frequency(
        (3, Gen.TimeSpan),
        (1, Gen.OneOfConst(TimeSpan.MinValue, TimeSpan.MaxValue, TimeSpan.Zero, TimeSpan.FromTicks(1))));

    public static readonly Gen<long> Limit = Gen.Frequency(
        (3, Gen.Long),
        (1, Gen.OneOfConst(long.MinValue, long.MaxValue, 0L, -1L)));

    public static readonly Gen<Dictionary<string, int>> Weights = Gen.Select(KeySegment, Gen.Int).List[0, 5].Select(static pairs =>
    {
        var weights = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in pairs)
        {
            weights.TryAdd(key, value);
        }

        return weights;
    });

    public static readonly Gen<HostileSection> Inner = Gen.Select(Text, Limit, Text.OrNull()).Select(static t => new HostileSection { Host = t.Item1, Limit = t.Item2, ApiKey = t.Item3 });

    /// <summary>A whole configuration; secrets included.</summary>
    public static readonly Gen<HostileConfig> Config = Gen.Select(
            Gen.Select(Text, Gen.Int[1, 65535], Ratio, Gen.Bool, Timeout),
            Gen.Select(Text.List[0, 4], Weights, Inner, Text.OrNull(), Gen.Int))
        .Select(static t => new HostileConfig
        {
            Name = t.Item1.Item1,
            Port = t.Item1.Item2,
            Ratio = t.Item1.Item3,
            Enabled = t.Item1.Item4,
            Timeout = t.Item1.Item5,
            Hosts = t.Item2.Item1,
            Weights = t.Item2.Item2,
            Inner = t.Item2.Item3,
            Password = t.Item2.Item4,
            Pin = t.Item2.Item5,
        });

    /// <summary>The number of cases a run makes: <paramref name="fallback"/>, or <c>VELTRIX_HOSTILE_CASES</c> when set.</summary>
    public static int Cases(int fallback)
        => int.TryParse(Environment.GetEnvironmentVariable("VELTRIX_HOSTILE_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var cases) && cases > 0
            ? cases
            : fallback;

    /// <summary>A nullable generator: null one time in four.</summary>
    private static Gen<string?> OrNull(this Gen<string> gen) => Gen.Frequency((1, Gen.Const((string?)null)), (3, gen.Select(static s => (string?)s)));
}
