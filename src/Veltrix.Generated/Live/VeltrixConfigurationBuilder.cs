using System;
using System.Collections.Generic;
using System.IO;

namespace Veltrix;

/// <summary>
/// Lists the sources of a configuration, in order: each later source overrides earlier ones key by key.
/// </summary>
/// <typeparam name="T">The schema type.</typeparam>
public sealed class VeltrixConfigurationBuilder<T>
    where T : class, IVeltrixConfig<T>
{
    private readonly List<IConfigSource> _sources = [];
    private string _basePath = AppContext.BaseDirectory;
    private ConfigLimits _limits = ConfigLimits.Default;
    private FileWatchOptions _watchOptions = FileWatchOptions.Default;
    private UnknownKeyHandling _unknownKeys = UnknownKeyHandling.Warn;

    internal VeltrixConfigurationBuilder()
    {
    }

    /// <summary>The sources added so far, in order.</summary>
    public IReadOnlyList<IConfigSource> Sources => _sources;

    /// <summary>
    /// Sets the directory that relative file paths are resolved against. Default:
    /// <see cref="AppContext.BaseDirectory"/>, as in Microsoft.Extensions.Configuration.
    /// </summary>
    /// <param name="basePath">An existing or future directory.</param>
    public VeltrixConfigurationBuilder<T> SetBasePath(string basePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(basePath);
        _basePath = Path.GetFullPath(basePath);
        return this;
    }

    /// <summary>Sets the limits every source must respect (file size, depth, key count and lengths).</summary>
    /// <param name="limits">The limits.</param>
    public VeltrixConfigurationBuilder<T> WithLimits(ConfigLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        limits.Validate();
        _limits = limits;
        return this;
    }

    /// <summary>
    /// Sets what a key under the schema's section that the schema does not have is: a warning naming the key it most
    /// likely meant (the default; see <see cref="LiveConfig{T}.UnknownKeys"/>), ignored, or an error. A strict source
    /// (<see cref="JsonFileOptions.Strict"/>, <c>strict: true</c>) rejects its own unknown keys whatever this says.
    /// </summary>
    /// <param name="handling">What an unknown key is.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="handling"/> is not a defined value.</exception>
    public VeltrixConfigurationBuilder<T> WithUnknownKeys(UnknownKeyHandling handling)
    {
        if (handling is not (UnknownKeyHandling.Warn or UnknownKeyHandling.Ignore or UnknownKeyHandling.Reject))
        {
            throw new ArgumentOutOfRangeException(nameof(handling), handling, "Use Warn, Ignore or Reject.");
        }

        _unknownKeys = handling;
        return this;
    }

    /// <summary>
    /// Sets how files added after this call with <c>reloadOnChange: true</c> are watched: debounce, polling,
    /// reconcile interval. Default: <see cref="FileWatchOptions.Default"/>.
    /// </summary>
    /// <param name="options">The watch settings.</param>
    /// <exception cref="ArgumentOutOfRangeException">An interval is out of range.</exception>
    public VeltrixConfigurationBuilder<T> WithFileWatching(FileWatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _watchOptions = options;
        return this;
    }

    /// <summary>Adds a JSON file. Comments and trailing commas are allowed; duplicate keys are an error.</summary>
    /// <param name="path">The file path, absolute or relative to the base path.</param>
    /// <param name="optional">Whether a missing file is allowed (it then contributes no keys).</param>
    /// <param name="reloadOnChange">
    /// Whether to reload when the file changes, watched as <see cref="WithFileWatching"/> says. One save gives one
    /// reload; a save of the same bytes gives none; a bad save is reported and the last good values keep serving.
    /// </param>
    public VeltrixConfigurationBuilder<T> AddJsonFile(string path, bool optional = false, bool reloadOnChange = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return AddSource(new JsonFileSource(Path.GetFullPath(path, _basePath), optional, reloadOnChange, _watchOptions));
    }

    /// <summary>
    /// Adds a JSON file read as <paramref name="options"/> says: strict RFC 8259 syntax, and unknown keys under the
    /// schema's section rejected with a "did you mean", when asked (<see cref="JsonFileOptions.Strict"/>).
    /// </summary>
    /// <param name="path">The file path, absolute or relative to the base path.</param>
    /// <param name="options">Whether comments, trailing commas and unknown keys are allowed.</param>
    /// <param name="optional">Whether a missing file is allowed (it then contributes no keys).</param>
    /// <param name="reloadOnChange">Whether to reload when the file changes, as <see cref="AddJsonFile(string, bool, bool)"/> describes.</param>
    public VeltrixConfigurationBuilder<T> AddJsonFile(string path, JsonFileOptions options, bool optional = false, bool reloadOnChange = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(options);
        return AddSource(new JsonFileSource(Path.GetFullPath(path, _basePath), optional, reloadOnChange, _watchOptions, options));
    }

    /// <summary>Adds environment variables; <c>__</c> in a name stands for <c>:</c>. Values are never expanded.</summary>
    /// <param name="prefix">Only variables with this prefix are read, and the prefix is removed; null reads all.</param>
    /// <param name="strict">
    /// Whether a variable with the prefix that maps to no key of <typeparamref name="T"/> is an error (with a
    /// "did you mean") instead of being ignored; needs a prefix.
    /// </param>
    public VeltrixConfigurationBuilder<T> AddEnvironmentVariables(string? prefix = null, bool strict = false)
        => AddSource(new EnvironmentVariablesSource(prefix, strict));

    /// <summary>
    /// Adds command-line arguments in the forms Microsoft.Extensions.Configuration accepts:
    /// <c>--key=value</c>, <c>--key value</c>, <c>/key value</c>, <c>/key=value</c>, <c>key=value</c>.
    /// </summary>
    /// <param name="args">The arguments.</param>
    /// <param name="switchMappings">Optional short switches (<c>-p</c>) mapped to keys (<c>Server:Port</c>).</param>
    /// <param name="strict">
    /// Whether an argument that maps to no key of <typeparamref name="T"/> is an error (with a "did you mean")
    /// instead of being ignored.
    /// </param>
    public VeltrixConfigurationBuilder<T> AddCommandLine(IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? switchMappings = null, bool strict = false)
        => AddSource(new CommandLineSource(args, switchMappings, strict));

    /// <summary>Adds key/value pairs held in memory.</summary>
    /// <param name="values">Full key paths and values.</param>
    public VeltrixConfigurationBuilder<T> AddInMemoryCollection(IEnumerable<KeyValuePair<string, string?>> values)
        => AddSource(new MemoryConfigSource(values));

    /// <summary>Adds any source.</summary>
    /// <param name="source">The source.</param>
    public VeltrixConfigurationBuilder<T> AddSource(IConfigSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _sources.Add(source);
        return this;
    }

    /// <summary>Loads, binds and validates the first snapshot.</summary>
    /// <returns>The live configuration.</returns>
    /// <exception cref="ConfigException">Any source, value or rule is wrong; lists every problem.</exception>
    public LiveConfig<T> Build()
    {
        var sources = _sources.ToArray();
        if (!ConfigLoader.TryLoad<T>(sources, _limits, _unknownKeys, out var snapshot, out var data, out var unknownKeys, out var versions, out var error))
        {
            foreach (var source in sources)
            {
                (source as IDisposable)?.Dispose();
            }

            throw error!;
        }

        var live = new LiveConfig<T>(sources, _limits, _unknownKeys, snapshot!, data, unknownKeys, versions);
        try
        {
            live.StartWatching();
        }
        catch
        {
            live.Dispose();
            throw;
        }

        return live;
    }
}
