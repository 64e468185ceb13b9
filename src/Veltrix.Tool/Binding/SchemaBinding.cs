using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Veltrix.Etcd;

namespace Veltrix.Tool.Binding;

/// <summary>The typed side of <see cref="ISchemaBinding"/>, made for a schema type found in the loaded app.</summary>
/// <typeparam name="T">The schema type.</typeparam>
internal sealed class SchemaBinding<T> : ISchemaBinding
    where T : class, IVeltrixConfig<T>
{
    /// <inheritdoc />
    public string TypeName => typeof(T).FullName ?? typeof(T).Name;

    /// <inheritdoc />
    public ConfigSchema Schema => T.Schema;

    /// <inheritdoc />
    public IBoundConfig Bind(IReadOnlyList<IConfigSource> sources)
    {
        var builder = VeltrixConfiguration.CreateBuilder<T>();
        foreach (var source in sources)
        {
            builder.AddSource(source);
        }

        return new Bound(builder.Build());
    }

    /// <inheritdoc />
    public Task<EtcdPublishResult> PublishAsync(string file, EtcdSourceOptions options, CancellationToken cancellationToken)
        => EtcdConfigPublisher.PublishAsync<T>(file, options, cancellationToken);

    private sealed class Bound(LiveConfig<T> live) : IBoundConfig
    {
        public IReadOnlyList<ConfigError> UnknownKeys => live.UnknownKeys;

        public bool TryGetValue(string keyPath, out ConfigValue value) => live.TryGetValue(keyPath, out value);

        public ConfigOrigin GetOrigin(string keyPath) => live.GetOrigin(keyPath);

        public IReadOnlyList<string> DiffTo(IBoundConfig other)
        {
            var changes = new ChangeSetBuilder();
            T.Diff(live.Current, ((Bound)other).Live.Current, changes);
            return changes.ToList();
        }

        public void Dispose() => live.Dispose();

        private LiveConfig<T> Live => live;
    }
}
