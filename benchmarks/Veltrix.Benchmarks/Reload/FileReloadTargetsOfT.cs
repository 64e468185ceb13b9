using Microsoft.Win32.SafeHandles;
using Veltrix.Benchmarks.Loading;

namespace Veltrix.Benchmarks.Reload;

/// <summary><see cref="FileReloadTargets"/> for schema <typeparamref name="T"/>: every value key set to its default + 100.</summary>
/// <typeparam name="T">A schema written by <c>benchmarks/BenchmarkSchemas.targets</c>.</typeparam>
internal sealed class FileReloadTargets<T> : FileReloadTargets
    where T : class, IVeltrixConfig<T>
{
    // The last digit of the changed value: 101 (its default + 100) and 102.
    private static readonly byte[] One = "1"u8.ToArray();
    private static readonly byte[] Two = "2"u8.ToArray();

    private readonly string _directory;
    private readonly string _path;
    private readonly string _changedKey;
    private readonly long _digitOffset;
    private readonly SafeFileHandle _writer;
    private readonly LiveConfig<T> _live;
    private bool _two;

    /// <summary>Writes the file, builds the configuration with a <c>Changed</c> handler, and checks every case.</summary>
    public FileReloadTargets()
    {
        _directory = Directory.CreateTempSubdirectory("veltrix-file-reload-").FullName;
        _path = Path.Combine(_directory, "appsettings.json");
        var text = BenchJson.Write<T>();
        File.WriteAllText(_path, text);

        // The file is ASCII, so a character's index is its byte offset.
        _changedKey = KeyWithDefaultOne();
        var name = "\"" + _changedKey[(_changedKey.LastIndexOf(':') + 1)..] + "\": 101";
        var at = text.IndexOf(name, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"The file does not hold {_changedKey} = 101.");
        }

        _digitOffset = at + name.Length - 1;
        _writer = File.OpenHandle(_path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        _live = VeltrixConfiguration.CreateBuilder<T>().AddJsonFile(_path).Build();
        _live.Changed += static (_, _) => { };
        Check();
    }

    /// <inheritdoc/>
    public override object FullLoad()
    {
        using var live = VeltrixConfiguration.CreateBuilder<T>().AddJsonFile(_path).Build();
        return live.Current;
    }

    /// <inheritdoc/>
    public override ReloadResult Reload(bool change)
    {
        if (change)
        {
            _two = !_two;
            RandomAccess.Write(_writer, _two ? Two : One, _digitOffset);
        }

        return _live.Reload();
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _live.Dispose();
            _writer.Dispose();
            Directory.Delete(_directory, recursive: true);
        }
    }

    // The first key of a section (its default is its position, 1), whose value in the file is 101.
    private static string KeyWithDefaultOne()
    {
        foreach (var key in T.Schema.Keys)
        {
            if (key.Kind == ConfigKeyKind.Value && key.DefaultValue == "1")
            {
                return key.Path;
            }
        }

        throw new InvalidOperationException($"{typeof(T).Name} has no value key with default 1.");
    }

    /// <summary>Fails set-up unless each case does what it says, so that no row measures a no-op.</summary>
    private void Check()
    {
        if (Reload(change: false) != ReloadResult.Unchanged || _live.Generation != 1)
        {
            throw new InvalidOperationException("A reload of the unchanged file published a change.");
        }

        for (var expected = 102; expected >= 101; expected--)
        {
            if (Reload(change: true) != ReloadResult.Changed || Value(_live.Current) != expected)
            {
                throw new InvalidOperationException($"A reload did not apply {_changedKey} = {expected}.");
            }

            if (Value((T)FullLoad()) != expected)
            {
                throw new InvalidOperationException($"A full load did not read {_changedKey} = {expected}.");
            }
        }
    }

    private int Value(T config)
        => T.TryGetValue(config, _changedKey, out var value) ? value.AsInt32() : throw new InvalidOperationException($"{_changedKey} not found.");
}
