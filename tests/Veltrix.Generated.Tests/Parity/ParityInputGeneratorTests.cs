using System.Globalization;
using Xunit;

namespace Veltrix.Tests.Parity;

/// <summary>
/// Checks the parity harness itself: an input rendered as a JSON file and as environment variables must mean the
/// same thing to ConfigurationBinder, or a "disagreement" found by <see cref="BinderParityTests"/> could be the
/// renderer's fault instead of Veltrix's.
/// </summary>
[Collection(SerialParityGroup.Name)]
public sealed class ParityInputGeneratorTests
{
    private const int Cases = 100;

    [Fact]
    public void SameInput_AsJsonFileAndAsEnvironmentVariables_ConfigurationBinderBindsAlike()
    {
        var failures = new List<string>();
        failures.AddRange(Check<ScalarsConfig>());
        failures.AddRange(Check<NullableScalarsConfig>());
        failures.AddRange(Check<ServiceConfig>());
        failures.AddRange(Check<CollectionsConfig>());

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(5)));
    }

    private static List<string> Check<T>()
        where T : class, new()
    {
        var section = ParityHarness.SectionOf<T>();
        var directory = Directory.CreateTempSubdirectory("veltrix-parity-");
        try
        {
            var file = Path.Combine(directory.FullName, "appsettings.json");
            var failures = new List<string>();
            for (var i = 0; i < Cases; i++)
            {
                var random = new Random(unchecked(ParityHarness.BaseSeed + i));
                var input = new ParityInputGenerator(random, forEnvironment: true).Generate(typeof(T), section);
                var document = InputRenderer.ToJson(input, random, "self-check");
                File.WriteAllText(file, document);
                var prefix = string.Create(CultureInfo.InvariantCulture, $"VLXPARITYSELF{i}_");
                var variables = InputRenderer.ToEnvironment(input, prefix, random);

                var fromJson = ParityHarness.BindWithConfigurationBinder<T>(section, [file], null, null);
                var fromEnvironment = ParityHarness.BindWithConfigurationBinder<T>(section, [], prefix, variables);
                var difference = (fromJson.Error, fromEnvironment.Error) switch
                {
                    (not null, not null) => null,
                    (not null, null) => "only the JSON file is rejected: " + fromJson.Error,
                    (null, not null) => "only the environment variables are rejected: " + fromEnvironment.Error,
                    _ => ObjectGraphComparer.FindDifference(fromJson.Value, fromEnvironment.Value, section),
                };
                if (difference is not null)
                {
                    failures.Add($"{typeof(T).Name} seed {ParityHarness.BaseSeed} case {i}: {difference}{Environment.NewLine}{document}{Environment.NewLine}{string.Join(Environment.NewLine, variables)}");
                }
            }

            return failures;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
