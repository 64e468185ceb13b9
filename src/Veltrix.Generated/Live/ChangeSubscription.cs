using System;
using System.Collections;
using System.Collections.Generic;

namespace Veltrix;

/// <summary>A handler of <see cref="LiveConfig{T}.OnChange(string, Action{ConfigChangedEventArgs{T}})"/> or its selector form.</summary>
internal abstract class ChangeSubscription<T>
    where T : class, IVeltrixConfig<T>
{
    /// <summary>Runs the handler when the change concerns this subscription.</summary>
    public abstract void Notify(ConfigChangedEventArgs<T> change);

    /// <summary>Whether a changed key path is <paramref name="path"/>, lies under it, or is a section holding it.</summary>
    protected static bool Touches(IReadOnlyList<string> changedKeys, string path)
    {
        foreach (var key in changedKeys)
        {
            if (Contains(path, key) || Contains(key, path))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(string outer, string inner)
        => inner.StartsWith(outer, StringComparison.OrdinalIgnoreCase)
            && (inner.Length == outer.Length || inner[outer.Length] == ':');

    /// <summary>Fires when a key at or under a path changed.</summary>
    internal sealed class ByKeyPath(string path, Action<ConfigChangedEventArgs<T>> handler) : ChangeSubscription<T>
    {
        public override void Notify(ConfigChangedEventArgs<T> change)
        {
            if (Touches(change.ChangedKeys, path))
            {
                handler(change);
            }
        }
    }

    /// <summary>
    /// Fires when the selected part of the snapshot changed. A section or collection is found in the schema by
    /// identity, and then only its own keys count; a scalar is compared by value.
    /// </summary>
    internal sealed class BySelector<TValue>(Func<T, TValue> selector, Action<TValue> handler) : ChangeSubscription<T>
    {
        public override void Notify(ConfigChangedEventArgs<T> change)
        {
            var before = selector(change.Previous);
            var after = selector(change.Current);
            if (Changed(change, before, after))
            {
                handler(after);
            }
        }

        private static bool Changed(ConfigChangedEventArgs<T> change, TValue before, TValue after)
        {
            if (before is null || after is null)
            {
                return before is not null || after is not null;
            }

            if (typeof(TValue).IsValueType || before is string)
            {
                return before is IStructuralEquatable structural
                    ? !structural.Equals(after, StructuralComparisons.StructuralEqualityComparer)
                    : !EqualityComparer<TValue>.Default.Equals(before, after);
            }

            var path = PathOf(change.Current, after) ?? PathOf(change.Previous, before);
            return path is null ? !EqualityComparer<TValue>.Default.Equals(before, after) : Touches(change.ChangedKeys, path);
        }

        /// <summary>The key path of the section or collection <paramref name="value"/> is in <paramref name="snapshot"/>.</summary>
        private static string? PathOf(T snapshot, object? value)
        {
            if (value is null)
            {
                return null;
            }

            foreach (var key in T.Schema.Keys)
            {
                if (key.Kind is ConfigKeyKind.Section or ConfigKeyKind.List or ConfigKeyKind.Dictionary
                    && !key.Path.Contains('*', StringComparison.Ordinal)
                    && T.TryGetValue(snapshot, key.Path, out var found)
                    && found.Kind is ConfigValueKind.Section or ConfigValueKind.Collection
                    && ReferenceEquals(found.Kind == ConfigValueKind.Section ? found.AsSection() : found.AsCollection(), value))
                {
                    return key.Path;
                }
            }

            return null;
        }
    }
}
