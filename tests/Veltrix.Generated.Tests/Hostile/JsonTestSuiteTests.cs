using System.Globalization;
using Veltrix.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Veltrix.Tests.Hostile;

/// <summary>
/// R18: every JSONTestSuite parsing case through the JSON file source, as a first load and as a reload over a good
/// file. <c>n_</c> cases must be rejected with the file, line and column; <c>y_</c> cases accepted unless allow-listed
/// below or their root is not an object; <c>i_</c> cases may go either way; nothing may crash or hang.
/// </summary>
public sealed class JsonTestSuiteTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan PerFileTimeout = TimeSpan.FromSeconds(1);

    /// <summary>
    /// <c>y_</c> cases rejected on purpose, with the rule that rejects them. Duplicate keys are errors (RFC 7493 §2.3;
    /// a silent merge is how two readers of one file disagree), and an empty key cannot be addressed by any key path.
    /// </summary>
    private static readonly Dictionary<string, string> AcceptedCasesRejectedOnPurpose = new(StringComparer.Ordinal)
    {
        ["y_object_duplicated_key.json"] = "DuplicateKey",
        ["y_object_duplicated_key_and_value.json"] = "DuplicateKey",
        ["y_object_empty_key.json"] = "Key",
    };

    /// <summary>
    /// <c>n_</c> cases the default reading (comments and trailing commas allowed, as in appsettings.json) accepts on
    /// purpose. Strict reading (<see cref="JsonFileOptions.Strict"/>) rejects them all.
    /// </summary>
    private static readonly string[] CommaAndCommentCases =
    [
        "n_object_trailing_comma.json",
        "n_object_trailing_comment.json",
        "n_object_trailing_comment_slash_open.json",
        "n_structure_object_with_comment.json",
    ];

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Parsing_StrictSyntax_AcceptsValidRejectsInvalidWithPositionsNeverCrashes()
    {
        var files = ParsingFiles();
        Assert.Equal(318, files.Length);
        var strict = new JsonFileOptions { AllowCommentsAndTrailingCommas = false };
        var outcomes = files.Select(f => LoadFile(f, strict)).ToList();
        var problems = new List<string>();

        foreach (var o in outcomes)
        {
            var path = Path.Combine(SharedTestData.JsonTestSuiteParsing, o.Name);
            if (o.Hung || o.Crash is not null)
            {
                problems.Add(o.ToString());
            }
            else if (o.Name.StartsWith("n_", StringComparison.Ordinal))
            {
                if (o.Accepted)
                {
                    problems.Add($"{o.Name}: invalid JSON was accepted");
                }
                else if (!NamesFilePosition(o.Rejection!, path))
                {
                    problems.Add($"{o.Name}: the rejection does not name file, line and column: {o.Rejection!.Message}");
                }
            }
            else if (o.Name.StartsWith("y_", StringComparison.Ordinal) && !o.Accepted)
            {
                var allowed = AcceptedCasesRejectedOnPurpose.TryGetValue(o.Name, out var rule)
                    && o.Rejection!.Errors.All(e => e.Rule == rule) && NamesFilePosition(o.Rejection, path);
                if (!allowed && !o.RootNotObject)
                {
                    problems.Add($"{o.Name}: valid JSON was rejected: {o.Rejection!.Message}");
                }
            }
        }

        var y = outcomes.Where(static o => o.Name.StartsWith("y_", StringComparison.Ordinal)).ToList();
        var n = outcomes.Where(static o => o.Name.StartsWith("n_", StringComparison.Ordinal)).ToList();
        var i = outcomes.Where(static o => o.Name.StartsWith("i_", StringComparison.Ordinal)).ToList();
        ReliabilityFigures.Report(output, "R18", string.Create(CultureInfo.InvariantCulture,
            $"JSONTestSuite strict: {files.Length} files; y_ {y.Count(static o => o.Accepted)}/{y.Count} accepted, {y.Count(static o => o.RootNotObject)} rejected as non-object roots, {y.Count(o => AcceptedCasesRejectedOnPurpose.ContainsKey(o.Name) && !o.Accepted)} allow-listed (duplicate or empty keys); n_ {n.Count(static o => !o.Accepted)}/{n.Count} rejected with file:line:col; i_ {i.Count(static o => o.Accepted)} accepted, {i.Count(static o => !o.Accepted)} rejected; crashes {outcomes.Count(static o => o.Crash is not null)}, hangs {outcomes.Count(static o => o.Hung)}"));
        Assert.Empty(problems);
    }

    [Fact]
    public void Parsing_DefaultSyntax_AcceptsOnlyTheCommaAndCommentCasesBeyondStrict()
    {
        var outcomes = ParsingFiles().Select(f => LoadFile(f, JsonFileOptions.Default)).ToList();

        var acceptedInvalid = outcomes.Where(static o => o.Accepted && o.Name.StartsWith("n_", StringComparison.Ordinal)).Select(static o => o.Name).ToList();
        ReliabilityFigures.Report(output, "R18", $"JSONTestSuite default (comments and trailing commas allowed): {acceptedInvalid.Count} n_ accepted ({string.Join(", ", acceptedInvalid)}); crashes {outcomes.Count(static o => o.Crash is not null)}, hangs {outcomes.Count(static o => o.Hung)}");
        Assert.Equal(CommaAndCommentCases, acceptedInvalid);
        Assert.DoesNotContain(outcomes, static o => o.Crash is not null || o.Hung);
    }

    [Fact]
    public void Parsing_ValidValuesWrappedInAnObject_AreAllAccepted()
    {
        // Most y_ cases have an array or scalar root, which a configuration file may not have; as the value of a
        // property they exercise the parser itself.
        var valid = ParsingFiles().Where(static f => Path.GetFileName(f).StartsWith("y_", StringComparison.Ordinal)).ToArray();
        var outcomes = new List<CorpusOutcome>();
        foreach (var file in valid)
        {
            var wrapped = _temp.Combine(Path.GetFileName(file));
            File.WriteAllBytes(wrapped, [.. "{\"Wrapped\": "u8, .. File.ReadAllBytes(file), .. "\n}"u8]);
            outcomes.Add(LoadFile(wrapped, JsonFileOptions.Strict with { RejectUnknownKeys = false }));
        }

        var wrongly = outcomes.Where(static o => !o.Accepted && !AcceptedCasesRejectedOnPurpose.ContainsKey(o.Name)).ToList();
        ReliabilityFigures.Report(output, "R18", $"JSONTestSuite y_ wrapped as a property value: {outcomes.Count(static o => o.Accepted)}/{outcomes.Count} accepted, {outcomes.Count(static o => !o.Accepted)} allow-listed rejections; crashes {outcomes.Count(static o => o.Crash is not null)}, hangs {outcomes.Count(static o => o.Hung)}");
        Assert.Equal(95, outcomes.Count);
        Assert.Empty(wrongly);
    }

    [Fact]
    public void Parsing_ReloadOverGoodFile_GoodSnapshotSurvivesEveryRejection()
    {
        var files = ParsingFiles();
        var problems = new List<string>();
        int rejected = 0, applied = 0;
        foreach (var file in files)
        {
            var path = Path.Combine(_temp.Path, "appsettings.json");
            File.WriteAllText(path, """{ "Hostile": { "Name": "good", "Port": 9090 } }""");
            using var config = VeltrixConfiguration.CreateBuilder<HostileConfig>().AddJsonFile(path, JsonFileOptions.Strict with { RejectUnknownKeys = false }).Build();
            var good = config.Current;
            File.Copy(file, path, overwrite: true);

            ReloadResult result = default;
            var outcome = CorpusOutcome.Run(Path.GetFileName(file), PerFileTimeout, () => result = config.Reload());
            if (outcome.Hung || !outcome.Accepted)
            {
                problems.Add(outcome.ToString());
                continue;
            }

            if (result == ReloadResult.Failed)
            {
                rejected++;
                if (!ReferenceEquals(good, config.Current) || config.Generation != 1 || config.LastError is not { } error || !NamesFilePosition(error, path))
                {
                    problems.Add($"{outcome.Name}: a rejected reload did not keep the good snapshot with a positioned error");
                }
            }
            else
            {
                applied++;

                // Nothing in the corpus sets Hostile:*, so an applied file brings the defaults back: all of it, or none.
                if (config.Current.Name != "default" || config.Current.Port != 8080 || outcome.Name.StartsWith("n_", StringComparison.Ordinal))
                {
                    problems.Add($"{outcome.Name}: reload gave {result} with Name={config.Current.Name}, Port={config.Current.Port}");
                }
            }
        }

        ReliabilityFigures.Report(output, "R18", $"JSONTestSuite as reloads over a good file: {files.Length} reloads, {rejected} rejected with the good snapshot kept ({rejected}/{rejected}), {applied} applied; exceptions 0, hangs 0, problems {problems.Count}");
        Assert.Empty(problems);
    }

    [Fact]
    public void Transform_EveryFileAsAPropertyValue_RecordsWhatLoadsWithoutCrashing()
    {
        var files = Directory.GetFiles(SharedTestData.JsonTestSuiteTransform, "*.json").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(22, files.Length);
        var lines = new List<string>();
        var outcomes = new List<CorpusOutcome>();
        foreach (var file in files)
        {
            string values = string.Empty;
            var outcome = CorpusOutcome.Run(Path.GetFileName(file), PerFileTimeout, () =>
            {
                // Most transform cases are arrays; as the value of a property they show what the parser makes of them.
                var bytes = File.ReadAllBytes(file);
                var wrapped = bytes.AsSpan().TrimStart(" \t\r\n"u8) is [(byte)'{', ..] ? bytes : [.. "{\"v\": "u8, .. bytes, .. "\n}"u8];
                var builder = new ConfigDataBuilder();
                builder.BeginSource(file);
                JsonConfigParser.Parse(wrapped, file, builder, strictSyntax: true);
                if (builder.HasErrors)
                {
                    throw new ConfigException(builder.Errors);
                }

                values = Describe(builder.Root);
            });
            outcomes.Add(outcome);
            lines.Add(outcome.Accepted ? $"{outcome.Name}: accepted {values}" : outcome.ToString());
        }

        foreach (var line in lines)
        {
            output.WriteLine(line);
        }

        ReliabilityFigures.Report(output, "R18", $"JSONTestSuite transform: {files.Length} files, {outcomes.Count(static o => o.Accepted)} accepted, {outcomes.Count(static o => o.Rejection is not null)} rejected, crashes {outcomes.Count(static o => o.Crash is not null)}, hangs {outcomes.Count(static o => o.Hung)}");
        Assert.DoesNotContain(outcomes, static o => o.Crash is not null || o.Hung);
    }

    internal static bool NamesFilePosition(ConfigException ex, string path)
        => ex.Errors.Any(e => e.Origin.Source == path && e.Origin.Line >= 1 && e.Origin.Column >= 1)
            && ex.Message.Contains(path + ":", StringComparison.Ordinal);

    private static string[] ParsingFiles()
        => Directory.GetFiles(SharedTestData.JsonTestSuiteParsing, "*.json").Order(StringComparer.Ordinal).ToArray();

    private static CorpusOutcome LoadFile(string file, JsonFileOptions options)
        => CorpusOutcome.Run(Path.GetFileName(file), PerFileTimeout, () =>
        {
            using var config = VeltrixConfiguration.CreateBuilder<HostileConfig>().AddJsonFile(file, options).Build();
        });

    // Values are escaped so that the transform output (lone surrogates, control characters) prints readably.
    private static string Describe(ConfigNode root)
    {
        var pairs = new List<string>();
        Walk(root, pairs);
        return pairs.Count == 0 ? "(no keys)" : string.Join("; ", pairs);

        static void Walk(ConfigNode node, List<string> pairs)
        {
            if (node.HasValue)
            {
                pairs.Add($"{node.Path}={System.Text.Json.JsonSerializer.Serialize(node.Value)}");
            }

            foreach (var child in node.Children)
            {
                Walk(child, pairs);
            }
        }
    }
}
