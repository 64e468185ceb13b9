using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace Veltrix.Compatibility.Tests.Infrastructure;

/// <summary>An options class marked <c>[VeltrixConfig]</c>, bound by both binders from the same sources.</summary>
/// <typeparam name="T">The options class.</typeparam>
public sealed class CorpusRoot<T> : CorpusRoot
    where T : class, IVeltrixConfig<T>, new()
{
    /// <inheritdoc/>
    public override Type Type => typeof(T);

    /// <inheritdoc/>
    public override string Section { get; } = typeof(T).GetCustomAttribute<VeltrixConfigAttribute>()!.Section;

    /// <inheritdoc/>
    public override BindOutcome BindVeltrix(StackInputs inputs)
    {
        var builder = VeltrixConfiguration.CreateBuilder<T>();
        foreach (var file in inputs.Files)
        {
            builder.AddJsonFile(file);
        }

        builder.AddEnvironmentVariables(inputs.EnvironmentPrefix);
        builder.AddCommandLine(inputs.CommandLine);
        try
        {
            using var live = builder.Build();
            return BindOutcome.Bound(live.Current);
        }
        catch (ConfigException ex)
        {
            return BindOutcome.Rejected(ex.Message);
        }
#pragma warning disable CA1031 // Any other exception is a Veltrix bug to report, not a reason to stop the corpus run.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return BindOutcome.Crashed(ex.GetType().Name + ": " + ex.Message);
        }
    }

    /// <inheritdoc/>
    public override IReadOnlyList<ConfigError> FindUnknownKeys(IReadOnlyList<string> files)
    {
        var builder = VeltrixConfiguration.CreateBuilder<T>();
        foreach (var file in files)
        {
            builder.AddJsonFile(file);
        }

        try
        {
            using var live = builder.Build();
            return live.UnknownKeys;
        }
        catch (ConfigException)
        {
            // A stack rejected for a bad value (the differential test explains those) still has its unknown keys:
            // rejecting them reports them before any value is bound.
            try
            {
                using var live = builder.WithUnknownKeys(UnknownKeyHandling.Reject).Build();
                return [];
            }
            catch (ConfigException ex)
            {
                return [.. ex.Errors.Where(static e => e.Rule == "UnknownKey")];
            }
        }
    }

    /// <summary>
    /// Binds as the upstream project does: <c>GetSection(section).Get&lt;T&gt;()</c> (the root itself for ""),
    /// read as <c>new T()</c> when it returns null because no key is set, as <c>IOptions&lt;T&gt;</c> would.
    /// </summary>
    public override BindOutcome BindConfigurationBinder(StackInputs inputs)
    {
        var builder = new ConfigurationBuilder();
        foreach (var file in inputs.Files)
        {
            builder.AddJsonFile(file, optional: false, reloadOnChange: false);
        }

        builder.AddEnvironmentVariables(inputs.EnvironmentPrefix);
        builder.AddCommandLine([.. inputs.CommandLine]);
        try
        {
            var configuration = builder.Build();
            using (configuration as IDisposable)
            {
                var target = Section.Length == 0 ? (IConfiguration)configuration : configuration.GetSection(Section);
                return BindOutcome.Bound(target.Get<T>() ?? new T());
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or InvalidDataException)
        {
            return BindOutcome.Rejected(ex.GetType().Name + ": " + ex.Message);
        }
    }
}
