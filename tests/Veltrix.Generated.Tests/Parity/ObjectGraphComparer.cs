using System.Collections;
using System.Globalization;
using System.Reflection;

namespace Veltrix.Tests.Parity;

/// <summary>
/// Compares two bound configuration objects structurally and names the first difference: scalars by value
/// (NaN equals NaN, dates by ticks and kind, offsets exactly), lists element by element whatever their concrete
/// type, dictionaries by key case-insensitively, sections property by property.
/// </summary>
internal static class ObjectGraphComparer
{
    /// <summary>The first difference between <paramref name="expected"/> and <paramref name="actual"/>, or null.</summary>
    /// <param name="expected">The ConfigurationBinder result.</param>
    /// <param name="actual">The Veltrix result.</param>
    /// <param name="path">The key path of the compared objects, for the message.</param>
    public static string? FindDifference(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : Describe(path, expected, actual);
        }

        var type = expected.GetType();
        if (type.IsEnum || type.IsPrimitive || expected is string or decimal or Int128 or UInt128 or TimeSpan or DateOnly or TimeOnly or Guid or Version)
        {
            return actual.GetType() == type && expected.Equals(actual) ? null : Describe(path, expected, actual);
        }

        switch (expected)
        {
            case DateTime date:
                return actual is DateTime other && date.Ticks == other.Ticks && date.Kind == other.Kind ? null : Describe(path, expected, actual);
            case DateTimeOffset offset:
                return actual is DateTimeOffset otherOffset && offset.EqualsExact(otherOffset) ? null : Describe(path, expected, actual);
            case Uri uri:
                return actual is Uri otherUri && uri.Equals(otherUri) && uri.IsAbsoluteUri == otherUri.IsAbsoluteUri
                    && string.Equals(uri.ToString(), otherUri.ToString(), StringComparison.Ordinal)
                    ? null
                    : Describe(path, expected, actual);
            case IDictionary dictionary:
                return actual is IEnumerable otherDictionary ? CompareDictionaries(dictionary, ToDictionary(otherDictionary, path), path) : Describe(path, expected, actual);
            case IEnumerable list:
                return actual is IEnumerable otherList ? CompareLists(list, otherList, path) : Describe(path, expected, actual);
        }

        if (actual.GetType() != type)
        {
            return Describe(path, expected, actual);
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var difference = FindDifference(property.GetValue(expected), property.GetValue(actual), Join(path, property.Name));
            if (difference is not null)
            {
                return difference;
            }
        }

        return null;
    }

    /// <summary>Formats a value for a message: invariant culture, round-trip precision, strings quoted.</summary>
    public static string Format(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        char c => "'" + c + "' (U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + ")",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("o", CultureInfo.InvariantCulture) + " (" + d.Kind + ")",
        DateTimeOffset d => d.ToString("o", CultureInfo.InvariantCulture),
        Uri u => "Uri(" + u.OriginalString + ", " + (u.IsAbsoluteUri ? "absolute" : "relative") + ")",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IDictionary d => "{" + string.Join(", ", d.Keys.Cast<object>().Select(k => k + ": " + Format(d[k]))) + "}",
        IEnumerable e => "[" + string.Join(", ", e.Cast<object?>().Select(Format)) + "]",
        _ => value.GetType().Name + " " + value,
    };

    private static string? CompareLists(IEnumerable expected, IEnumerable actual, string path)
    {
        var left = expected.Cast<object?>().ToList();
        var right = actual.Cast<object?>().ToList();
        if (left.Count != right.Count)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{path}: ConfigurationBinder has {left.Count} elements, Veltrix {right.Count}: {Format(expected)} vs {Format(actual)}");
        }

        for (var i = 0; i < left.Count; i++)
        {
            var difference = FindDifference(left[i], right[i], Join(path, i.ToString(CultureInfo.InvariantCulture)));
            if (difference is not null)
            {
                return difference;
            }
        }

        return null;
    }

    private static string? CompareDictionaries(IDictionary expected, Dictionary<string, object?> actual, string path)
    {
        var left = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (DictionaryEntry entry in expected)
        {
            left.Add((string)entry.Key, entry.Value);
        }

        if (left.Count != actual.Count || !left.Keys.All(actual.ContainsKey))
        {
            return $"{path}: ConfigurationBinder has keys [{string.Join(", ", left.Keys.Order(StringComparer.OrdinalIgnoreCase))}], Veltrix [{string.Join(", ", actual.Keys.Order(StringComparer.OrdinalIgnoreCase))}]";
        }

        foreach (var (key, value) in left.OrderBy(static e => e.Key, StringComparer.OrdinalIgnoreCase))
        {
            var difference = FindDifference(value, actual[key], Join(path, key));
            if (difference is not null)
            {
                return difference;
            }
        }

        return null;
    }

    // IReadOnlyDictionary<string, T> need not implement IDictionary: read it as key/value pairs.
    private static Dictionary<string, object?> ToDictionary(IEnumerable pairs, string path)
    {
        var result = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in pairs)
        {
            var type = pair!.GetType();
            var key = (string)type.GetProperty("Key")!.GetValue(pair)!;
            if (!result.TryAdd(key, type.GetProperty("Value")!.GetValue(pair)))
            {
                throw new InvalidOperationException($"{path}: Veltrix's dictionary holds '{key}' twice (case-insensitively).");
            }
        }

        return result;
    }

    private static string Describe(string path, object? expected, object? actual)
        => $"{path}: ConfigurationBinder {Format(expected)}, Veltrix {Format(actual)}";

    private static string Join(string path, string segment) => path.Length == 0 ? segment : path + ":" + segment;
}
