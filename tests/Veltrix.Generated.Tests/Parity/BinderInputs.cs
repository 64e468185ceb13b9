using System.Globalization;
using System.Threading;

namespace Veltrix.Tests.Parity;

/// <summary>
/// Hand-written inputs for the focused tests: JSON documents written to files in a temporary directory, and
/// environment variables given without their prefix, bound by Veltrix and by ConfigurationBinder alike.
/// </summary>
internal sealed class BinderInputs : IDisposable
{
    private static int _next;

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("veltrix-parity-");
    private readonly string _prefix = string.Create(CultureInfo.InvariantCulture, $"VLXPARITYFOCUS{System.Environment.ProcessId}X{Interlocked.Increment(ref _next)}_");
    private readonly List<string> _files = [];
    private List<KeyValuePair<string, string>>? _variables;

    /// <summary>Adds a JSON file source (in order).</summary>
    public BinderInputs Json(string document)
    {
        var file = Path.Combine(_directory.FullName, string.Create(CultureInfo.InvariantCulture, $"appsettings{_files.Count}.json"));
        File.WriteAllText(file, document);
        _files.Add(file);
        return this;
    }

    /// <summary>Adds an environment variable, named without the prefix (<c>Differences__Hosts__0</c>), after every JSON file.</summary>
    public BinderInputs Environment(string name, string value)
    {
        (_variables ??= []).Add(new(_prefix + name, value));
        return this;
    }

    /// <summary>Binds with Veltrix.</summary>
    public Outcome<T> Veltrix<T>()
        where T : class, IVeltrixConfig<T>
        => ParityHarness.BindVeltrix<T>(_files, _prefix, _variables);

    /// <summary>Binds with <c>ConfigurationBinder.Get&lt;T&gt;()</c>.</summary>
    public Outcome<T> ConfigurationBinder<T>()
        where T : class, new()
        => ParityHarness.BindWithConfigurationBinder<T>(ParityHarness.SectionOf<T>(), _files, _prefix, _variables);

    /// <summary>The first difference between the two binders' results, or null when they agree.</summary>
    public string? Difference<T>()
        where T : class, IVeltrixConfig<T>, new()
        => ParityHarness.Compare<T>(ParityHarness.SectionOf<T>(), _files, _prefix, _variables);

    public void Dispose() => _directory.Delete(recursive: true);
}
