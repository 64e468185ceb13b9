using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace Veltrix;

/// <summary>Checks that generated binders share, kept out of every generated file.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class GeneratedBinding
{
    /// <summary>
    /// Returns <paramref name="value"/>, or reports a <c>Type</c> problem at <paramref name="node"/> and returns
    /// <paramref name="fallback"/> when it is null: the source gave null (or, for a <see cref="Uri"/> or
    /// <see cref="Version"/>, an empty value) for a member or element that is not nullable.
    /// </summary>
    /// <typeparam name="T">The reference type of the member or element.</typeparam>
    /// <param name="context">Where the problem is reported.</param>
    /// <param name="node">The node the value was read from.</param>
    /// <param name="value">The parsed value.</param>
    /// <param name="fallback">The value to bind after reporting the problem.</param>
    /// <returns><paramref name="value"/> when it is not null; otherwise <paramref name="fallback"/>.</returns>
    public static T NotNull<T>(BindContext context, ConfigNode node, T? value, T fallback)
        where T : class
    {
        if (value is not null)
        {
            return value;
        }

        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(node);
        if (!node.HasChildren)
        {
            // A section in place of a value was already reported by the parse method.
            context.AddError(node, $"Expected a {typeof(T).Name} value, found {(node.HasValue && node.Value is not null ? "an empty value" : "null")}; the member is not nullable.", "Type");
        }

        return fallback;
    }

    /// <summary>
    /// A sequence or set member read by index (for change detection, lookups, validation and printing): the list the
    /// binder made itself, or, for a default of another collection type (a <see cref="HashSet{T}"/>), its elements
    /// copied once.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The member's value.</param>
    /// <returns>The elements by index; null when <paramref name="items"/> is null.</returns>
    public static IReadOnlyList<T>? AsReadOnlyList<T>(IEnumerable<T>? items)
        => items switch
        {
            null => null,
            IReadOnlyList<T> list => list,
            _ => new List<T>(items),
        };

    /// <summary>
    /// Puts the bound elements of a get-only collection member into the collection its constructor made, replacing
    /// what it held (bound collections replace their defaults). Nothing happens when no source set the member, or
    /// when the constructor left the member null (ConfigurationBinder cannot set it either).
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="target">The member's collection.</param>
    /// <param name="items">The bound elements; null when no source set the member.</param>
    public static void FillCollection<T>(ICollection<T>? target, IEnumerable<T>? items)
    {
        if (target is null || items is null || ReferenceEquals(target, items))
        {
            return;
        }

        target.Clear();
        foreach (var item in items)
        {
            target.Add(item);
        }
    }

    /// <summary>
    /// Puts the bound entries of a get-only dictionary member into the dictionary its constructor made, replacing what
    /// it held. Nothing happens when no source set the member, or when the constructor left the member null.
    /// </summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="target">The member's dictionary.</param>
    /// <param name="entries">The bound entries; null when no source set the member.</param>
    public static void FillDictionary<T>(IDictionary<string, T>? target, IDictionary<string, T>? entries)
    {
        if (target is null || entries is null || ReferenceEquals(target, entries))
        {
            return;
        }

        target.Clear();
        foreach (var entry in entries)
        {
            target[entry.Key] = entry.Value;
        }
    }

    /// <summary>
    /// An <c>IDictionary&lt;string, T&gt;</c> member read as a read-only dictionary: the dictionary the binder made
    /// itself, or a read-only view of a default of another type.
    /// </summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="entries">The member's value.</param>
    /// <returns>The entries; null when <paramref name="entries"/> is null.</returns>
    public static IReadOnlyDictionary<string, T>? AsReadOnlyDictionary<T>(IDictionary<string, T>? entries)
        => entries switch
        {
            null => null,
            IReadOnlyDictionary<string, T> dictionary => dictionary,
            _ => new System.Collections.ObjectModel.ReadOnlyDictionary<string, T>(entries),
        };

    /// <summary>
    /// The child of <paramref name="node"/> at <paramref name="key"/> that sets a section, or null: an empty object
    /// (<c>"Smtp": {}</c>, typically every key commented out) or an empty value sets nothing, so the section keeps
    /// its default, as <c>ConfigurationBinder</c> leaves it.
    /// </summary>
    /// <param name="node">The enclosing section's node, or null when no source set it.</param>
    /// <param name="key">The member's key segment.</param>
    /// <returns>The child node, or null when it is absent or sets nothing.</returns>
    public static ConfigNode? SectionChild(ConfigNode? node, string key)
    {
        var child = node?.GetChild(key);
        if (child is null || child.HasChildren)
        {
            return child;
        }

        return child.IsEmptyContainer || (child.HasValue && child.Value is { Length: 0 }) ? null : child;
    }

    /// <summary>
    /// Reports a <c>Type</c> problem for a list element or dictionary entry that the source set to null although
    /// the element type is not nullable, and returns null in its place: binding goes on to collect every problem,
    /// and the snapshot is discarded because a problem was reported.
    /// </summary>
    /// <typeparam name="T">The section type of the elements.</typeparam>
    /// <param name="context">Where the problem is reported.</param>
    /// <param name="element">The null element.</param>
    /// <returns>Null, typed as the non-nullable element for the array being filled.</returns>
    public static T NullElement<T>(BindContext context, ConfigNode element)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(element);
        context.AddError(element, "Expected a section, found null; the element is not nullable.", "Type");
        return null!;
    }
}
