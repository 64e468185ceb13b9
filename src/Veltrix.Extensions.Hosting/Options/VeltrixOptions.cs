using System;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Microsoft.Extensions.Options;

namespace Veltrix.Extensions.Hosting;

/// <summary>
/// <see cref="IOptions{TOptions}"/> over a <see cref="LiveConfig{T}"/>, for consumers written against
/// Microsoft.Extensions.Options.
/// </summary>
/// <typeparam name="T">The schema type.</typeparam>
/// <remarks>
/// As with Microsoft.Extensions.Options, <see cref="Value"/> is the snapshot current at the first read and stays that
/// snapshot for the life of this instance (the container's, for the registered singleton): a consumer that reads it
/// twice never sees two configurations. Inject <see cref="IOptionsMonitor{TOptions}"/> or <see cref="LiveConfig{T}"/>
/// to follow reloads.
/// </remarks>
// The annotation on T repeats the one the options interfaces declare; see VeltrixServiceCollectionExtensions.
public sealed class VeltrixOptions<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] T> : IOptions<T>
    where T : class, IVeltrixConfig<T>
{
    private readonly LiveConfig<T> _live;
    private T? _value;

    /// <summary>Creates the adapter.</summary>
    /// <param name="live">The live configuration.</param>
    public VeltrixOptions(LiveConfig<T> live)
    {
        ArgumentNullException.ThrowIfNull(live);
        _live = live;
    }

    /// <summary>The snapshot that was current when this property was first read.</summary>
    public T Value => Volatile.Read(ref _value) ?? Interlocked.CompareExchange(ref _value, _live.Current, null) ?? _value!;
}
