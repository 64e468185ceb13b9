using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Veltrix.Etcd;

namespace Veltrix.Tool.Binding;

/// <summary>
/// One schema of a loaded app, reached through its generated static members (<c>Schema</c>, <c>Bind</c>,
/// <c>Validate</c>, <c>Diff</c>, <c>TryGetValue</c>) without the tool knowing the type at compile time.
/// </summary>
internal interface ISchemaBinding
{
    /// <summary>The schema type's full name.</summary>
    string TypeName { get; }

    /// <summary>The schema: keys, types, defaults, secrets, hash.</summary>
    ConfigSchema Schema { get; }

    /// <summary>Merges, binds and validates the sources as the app would.</summary>
    /// <param name="sources">The sources, in merge order.</param>
    /// <returns>The bound configuration.</returns>
    /// <exception cref="ConfigException">The sources do not bind or validate.</exception>
    IBoundConfig Bind(IReadOnlyList<IConfigSource> sources);

    /// <summary>Validates a JSON file as the app would load it, then writes it to etcd in one transaction.</summary>
    /// <param name="file">The file.</param>
    /// <param name="options">The etcd endpoints, prefix and credentials.</param>
    /// <param name="cancellationToken">Cancels the publish.</param>
    /// <returns>What was written.</returns>
    Task<EtcdPublishResult> PublishAsync(string file, EtcdSourceOptions options, CancellationToken cancellationToken);
}
