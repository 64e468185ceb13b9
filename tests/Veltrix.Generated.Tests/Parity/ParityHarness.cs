using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace Veltrix.Tests.Parity;

/// <summary>
/// Binds the same input with Veltrix and with <c>ConfigurationBinder</c> (the reflection binder of
/// Microsoft.Extensions.Configuration) and compares the results. A source reads the input in both: a real JSON
/// file for both JSON providers, and the process environment for MEC's environment variable provider (which
/// cannot read anything else), with the same variables handed to Veltrix's.
/// </summary>
internal static class ParityHarness
{
    /// <summary>
    /// The base seed: <c>VELTRIX_PARITY_SEED</c> when set (to replay a failure); a fixed seed under CI, so that a
    /// submission is judged on the inputs it was tested with; otherwise random, so local runs keep exploring.
    /// </summary>
    public static int BaseSeed { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("VELTRIX_PARITY_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
            ? seed
            : string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
                ? 20261123
                : Random.Shared.Next();

    /// <summary>Cases per schema: <c>VELTRIX_PARITY_CASES</c> when set, otherwise 500.</summary>
    public static int CasesPerSchema { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("VELTRIX_PARITY_CASES"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var cases) && cases > 0
            ? cases
            : 500;

    /// <summary>The section a schema binds, from its <see cref="VeltrixConfigAttribute"/>.</summary>
    public static string SectionOf<T>() => typeof(T).GetCustomAttribute<VeltrixConfigAttribute>()!.Section;

    /// <summary>
    /// Runs <see cref="CasesPerSchema"/> random cases for <typeparamref name="T"/>, each checked as a JSON file, as
    /// environment variables (when it has nothing they cannot carry) and as a JSON file overlaid by other
    /// environment variables.
    /// </summary>
    public static ParityReport Run<T>()
        where T : class, IVeltrixConfig<T>, new()
    {
        var report = new ParityReport(typeof(T).Name, BaseSeed);
        var section = SectionOf<T>();
        var directory = Directory.CreateTempSubdirectory("veltrix-parity-");
        try
        {
            var file = Path.Combine(directory.FullName, "appsettings.json");
            for (var i = 0; i < CasesPerSchema; i++)
            {
                var random = new Random(CaseSeed(BaseSeed, typeof(T).Name, i));
                var json = new ParityInputGenerator(random, forEnvironment: random.Next(2) == 0);
                var input = json.Generate(typeof(T), section);
                // The overlay may set elements of lists the file set too: both binders patch them index by index.
                var overlay = new ParityInputGenerator(random, forEnvironment: true).Generate(typeof(T), section);
                var prefix = string.Create(CultureInfo.InvariantCulture, $"VLXPARITY{BaseSeed:X8}{i}_");
                var document = InputRenderer.ToJson(input, random, $"{typeof(T).Name} case {i}");
                File.WriteAllText(file, document);
                var caseName = string.Create(CultureInfo.InvariantCulture, $"case {i}");

                report.Record(caseName, "JSON file", Compare<T>(section, [file], null, null), document, null);

                if (input.Members.TrueForAll(static m => m.Value.IsEnvironmentRepresentable))
                {
                    var variables = InputRenderer.ToEnvironment(input, prefix, random);
                    report.Record(caseName, "environment variables", Compare<T>(section, [], prefix, variables), null, variables);
                }

                var overlayVariables = InputRenderer.ToEnvironment(overlay, prefix, random);
                report.Record(caseName, "JSON file + environment variables", Compare<T>(section, [file], prefix, overlayVariables), document, overlayVariables);
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }

        return report;
    }

    /// <summary>
    /// Binds one input both ways and returns the first difference, or null when the results are equal or both
    /// binders reject the input.
    /// </summary>
    public static string? Compare<T>(string section, IReadOnlyList<string> files, string? prefix, IReadOnlyList<KeyValuePair<string, string>>? variables)
        where T : class, IVeltrixConfig<T>, new()
    {
        var veltrix = BindVeltrix<T>(files, prefix, variables);
        var binder = BindWithConfigurationBinder<T>(section, files, prefix, variables);
        return (veltrix.Error, binder.Error) switch
        {
            (not null, not null) => null,
            (not null, null) => "Veltrix rejects the input, ConfigurationBinder binds it. Veltrix: " + veltrix.Error,
            (null, not null) => "ConfigurationBinder rejects the input, Veltrix binds it. ConfigurationBinder: " + binder.Error,
            _ => ObjectGraphComparer.FindDifference(binder.Value, veltrix.Value, section),
        };
    }

    /// <summary>Binds with Veltrix from JSON files, then environment variables when <paramref name="variables"/> is not null.</summary>
    public static Outcome<T> BindVeltrix<T>(IReadOnlyList<string> files, string? prefix, IReadOnlyList<KeyValuePair<string, string>>? variables)
        where T : class, IVeltrixConfig<T>
    {
        var builder = VeltrixConfiguration.CreateBuilder<T>();
        foreach (var file in files)
        {
            builder.AddJsonFile(file);
        }

        if (variables is not null)
        {
            var environment = new Hashtable();
            foreach (var (name, value) in variables)
            {
                environment[name] = value;
            }

            builder.AddSource(new EnvironmentVariablesSource(prefix, () => environment));
        }

        try
        {
            using var live = builder.Build();
            return new Outcome<T>(live.Current, null);
        }
        catch (ConfigException ex)
        {
            return new Outcome<T>(null, ex.Message);
        }
    }

    /// <summary>
    /// Binds with <c>ConfigurationBinder.Get&lt;T&gt;()</c> from JSON files, then the process environment, which
    /// holds <paramref name="variables"/> only while the configuration loads. <c>Get&lt;T&gt;()</c> returns null
    /// when no key is set at all; that is read as a default instance, as users write <c>Get&lt;T&gt;() ?? new()</c>.
    /// </summary>
    public static Outcome<T> BindWithConfigurationBinder<T>(string section, IReadOnlyList<string> files, string? prefix, IReadOnlyList<KeyValuePair<string, string>>? variables)
        where T : class, new()
    {
        var builder = new ConfigurationBuilder();
        foreach (var file in files)
        {
            builder.AddJsonFile(file, optional: false, reloadOnChange: false);
        }

        IConfigurationRoot configuration;
        try
        {
            if (variables is not null)
            {
                builder.AddEnvironmentVariables(prefix);
                foreach (var (name, value) in variables)
                {
                    Environment.SetEnvironmentVariable(name, value);
                }
            }

            configuration = builder.Build();
        }
        catch (Exception ex) when (ex is FormatException or InvalidDataException or IOException)
        {
            return new Outcome<T>(null, ex.GetType().Name + ": " + Flatten(ex));
        }
        finally
        {
            if (variables is not null)
            {
                foreach (var (name, _) in variables)
                {
                    Environment.SetEnvironmentVariable(name, null);
                }
            }
        }

        using (configuration as IDisposable)
        {
            try
            {
                var target = section.Length == 0 ? (IConfiguration)configuration : configuration.GetSection(section);
                return new Outcome<T>(target.Get<T>() ?? new T(), null);
            }
            catch (InvalidOperationException ex)
            {
                return new Outcome<T>(null, ex.GetType().Name + ": " + Flatten(ex));
            }
        }
    }

    private static string Flatten(Exception ex)
    {
        var text = new StringBuilder(ex.Message);
        for (var inner = ex.InnerException; inner is not null; inner = inner.InnerException)
        {
            text.Append(" ---> ").Append(inner.Message);
        }

        return text.ToString();
    }

    private static int CaseSeed(int baseSeed, string schema, int index)
    {
        // string.GetHashCode is randomized per process; a replayed seed must give the same cases.
        var hash = 17;
        foreach (var c in schema)
        {
            hash = unchecked((hash * 31) + c);
        }

        return unchecked((baseSeed * 486187739) ^ hash ^ (index * 16777619));
    }
}
