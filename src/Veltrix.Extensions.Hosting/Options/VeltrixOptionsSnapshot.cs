using System;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Microsoft.Extensions.Options;

namespace Veltrix.Extensions.Hosting;

/// <summary>
/// <see cref="IOptionsSnapshot{TOptions}"/> over a <see cref="LiveConfig{T}"/>: one snapshot per scope (per request in
/// ASP.NET Core), taken at the first read in that scope.
/// </summary>
/// <typeparam name="T">The schema type.</typeparam>
/// <remarks>
/// Unlike Microsoft.Extensions.Options, nothing is bound per scope: taking the snapshot is one field read.
/// Only the default name is supported; see <see cref="Get"/>.
/// </remarks>
// The annotation on T repeats the one the options interfaces declare; see VeltrixServiceCollectionExtensions.
public sealed class VeltrixOptionsSnapshot<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] T> : IOptionsSnapshot<T>
    where T : class, IVeltrixConfig<T>
{
    private readonly LiveConfig<T> _live;
    private T? _value;

    /// <summary>Creates the adapter; register it scoped.</summary>
    /// <param name="live">The live configuration.</param>
    public VeltrixOptionsSnapshot(LiveConfig<T> live)
    {
        ArgumentNullException.ThrowIfNull(live);
        _live = live;
    }

    /// <summary>The snapshot that was current when this scope first read it.</summary>
    public T Value => Volatile.Read(ref _value) ?? Interlocked.CompareExchange(ref _value, _live.Current, null) ?? _value!;

    /// <summary>Returns <see cref="Value"/> for the default name.</summary>
    /// <param name="name">Null or <see cref="Options.DefaultName"/>.</param>
    /// <returns>The scope's snapshot.</returns>
    /// <exception cref="InvalidOperationException">
    /// <paramref name="name"/> names another instance: a Veltrix schema has exactly one, and returning a default-valued
    /// instance (as Microsoft.Extensions.Options does for an unknown name) would hide the mistake.
    /// </exception>
    public T Get(string? name)
    {
        OptionsName.EnsureDefault<T>(name);
        return Value;
    }
}
