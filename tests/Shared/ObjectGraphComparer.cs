using System.Collections;
using System.Globalization;
using System.Reflection;

namespace Veltrix.Tests.Parity;

/// <summary>
/// Compares two bound configuration objects structurally: scalars by value (NaN equals NaN, dates by ticks and
/// kind, offsets exactly), lists element by element whatever their concrete type, dictionaries by key
/// case-insensitively, sections property by property. Shared by the parity suites of Veltrix.Generated.Tests and
/// Veltrix.Compatibility.Tests.
/// </summary>
internal static class ObjectGraphComparer
{
    /// <summary>The first difference between <paramref name="expected"/> and <paramref name="actual"/>, or null.</summary>
    /// <param name="expected">The ConfigurationBinder result.</param>
    /// <param name="actual">The Veltrix result.</param>
    /// <param name="path">The key path of the compared objects, for the message.</param>
    public static string? FindDifference(object? expected, object? actual, string path)
    {
        var differences = new List<GraphDifference>(1);
        Compare(expected, actual, path, differences, firstOnly: true);
        return differences.Count == 0 ? null : differences[0].Message;
    }

    /// <summary>
    /// Every difference between <paramref name="expected"/> and <paramref name="actual"/>, by key path. Lists of
    /// different lengths are reported once for their length and then compared over the elements both have; a key
    /// only one dictionary holds is reported with <c>(absent)</c> on the other side.
    /// </summary>
    /// <param name="expected">The ConfigurationBinder result.</param>
    /// <param name="actual">The Veltrix result.</param>
    /// <param name="path">The key path of the compared objects.</param>
    public static IReadOnlyList<GraphDifference> FindDifferences(object? expected, object? actual, string path)
    {
        var differences = new List<GraphDifference>();
        Compare(expected, actual, path, differences, firstOnly: false);
        return differences;
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

    // Returns true to stop: the first difference is found and only the first was asked for.
    private static bool Compare(object? expected, object? actual, string path, List<GraphDifference> differences, bool firstOnly)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? false : Add(differences, firstOnly, Describe(path, expected, actual));
        }

        var type = expected.GetType();
        if (type.IsEnum || type.IsPrimitive || expected is string or decimal or Int128 or UInt128 or TimeSpan or DateOnly or TimeOnly or Guid or Version)
        {
            return actual.GetType() == type && expected.Equals(actual) ? false : Add(differences, firstOnly, Describe(path, expected, actual));
        }

        switch (expected)
        {
            case DateTime date:
                return actual is DateTime other && date.Ticks == other.Ticks && date.Kind == other.Kind ? false : Add(differences, firstOnly, Describe(path, expected, actual));
            case DateTimeOffset offset:
                return actual is DateTimeOffset otherOffset && offset.EqualsExact(otherOffset) ? false : Add(differences, firstOnly, Describe(path, expected, actual));
            case Uri uri:
                return actual is Uri otherUri && uri.Equals(otherUri) && uri.IsAbsoluteUri == otherUri.IsAbsoluteUri
                    && string.Equals(uri.ToString(), otherUri.ToString(), StringComparison.Ordinal)
                    ? false
                    : Add(differences, firstOnly, Describe(path, expected, actual));
            case IDictionary dictionary:
                return actual is IEnumerable otherDictionary
                    ? CompareDictionaries(dictionary, ToDictionary(otherDictionary, path), path, differences, firstOnly)
                    : Add(differences, firstOnly, Describe(path, expected, actual));
            case IEnumerable list:
                return actual is IEnumerable otherList
                    ? CompareLists(list, otherList, path, differences, firstOnly)
                    : Add(differences, firstOnly, Describe(path, expected, actual));
        }

        if (actual.GetType() != type)
        {
            return Add(differences, firstOnly, Describe(path, expected, actual));
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            if (Compare(property.GetValue(expected), property.GetValue(actual), Join(path, property.Name), differences, firstOnly))
            {
                return true;
            }
        }

        return false;
    }

    private static bool CompareLists(IEnumerable expected, IEnumerable actual, string path, List<GraphDifference> differences, bool firstOnly)
    {
        var left = expected.Cast<object?>().ToList();
        var right = actual.Cast<object?>().ToList();
        if (left.Count != right.Count)
        {
            var message = string.Create(CultureInfo.InvariantCulture, $"{path}: ConfigurationBinder has {left.Count} elements, Veltrix {right.Count}: {Format(expected)} vs {Format(actual)}");
            var counts = new GraphDifference(path, left.Count.ToString(CultureInfo.InvariantCulture) + " elements", right.Count.ToString(CultureInfo.InvariantCulture) + " elements", message);
            if (Add(differences, firstOnly, counts))
            {
                return true;
            }
        }

        for (var i = 0; i < Math.Min(left.Count, right.Count); i++)
        {
            if (Compare(left[i], right[i], Join(path, i.ToString(CultureInfo.InvariantCulture)), differences, firstOnly))
            {
                return true;
            }
        }

        return false;
    }

    private static bool CompareDictionaries(IDictionary expected, Dictionary<string, object?> actual, string path, List<GraphDifference> differences, bool firstOnly)
    {
        var left = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (DictionaryEntry entry in expected)
        {
            left.Add((string)entry.Key, entry.Value);
        }

        if (left.Count != actual.Count || !left.Keys.All(actual.ContainsKey))
        {
            var message = $"{path}: ConfigurationBinder has keys [{string.Join(", ", left.Keys.Order(StringComparer.OrdinalIgnoreCase))}], Veltrix [{string.Join(", ", actual.Keys.Order(StringComparer.OrdinalIgnoreCase))}]";
            if (firstOnly)
            {
                return Add(differences, firstOnly, new GraphDifference(path, "keys", "keys", message));
            }

            foreach (var key in left.Keys.Where(k => !actual.ContainsKey(k)).Order(StringComparer.OrdinalIgnoreCase))
            {
                var keyPath = Join(path, key);
                differences.Add(new GraphDifference(keyPath, Format(left[key]), "(absent)", $"{keyPath}: ConfigurationBinder {Format(left[key])}, Veltrix (absent)"));
            }

            foreach (var key in actual.Keys.Where(k => !left.ContainsKey(k)).Order(StringComparer.OrdinalIgnoreCase))
            {
                var keyPath = Join(path, key);
                differences.Add(new GraphDifference(keyPath, "(absent)", Format(actual[key]), $"{keyPath}: ConfigurationBinder (absent), Veltrix {Format(actual[key])}"));
            }
        }

        foreach (var (key, value) in left.OrderBy(static e => e.Key, StringComparer.OrdinalIgnoreCase))
        {
            if (actual.TryGetValue(key, out var other) && Compare(value, other, Join(path, key), differences, firstOnly))
            {
                return true;
            }
        }

        return false;
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

    private static bool Add(List<GraphDifference> differences, bool firstOnly, GraphDifference difference)
    {
        differences.Add(difference);
        return firstOnly;
    }

    private static GraphDifference Describe(string path, object? expected, object? actual)
        => new(path, Format(expected), Format(actual), $"{path}: ConfigurationBinder {Format(expected)}, Veltrix {Format(actual)}");

    private static string Join(string path, string segment) => path.Length == 0 ? segment : path + ":" + segment;
}
