using System.Reflection;

namespace Veltrix.Tests.Parity;

/// <summary>
/// Generates random inputs for a schema by walking its properties: a random subset of keys, in random case,
/// with random values (<see cref="ScalarTexts"/>), nested sections, lists with gaps in their indices, and
/// dictionaries with random entry names.
/// </summary>
/// <remarks>
/// The generator writes what users write, invalid values (outside collections) included: both binders must then
/// reject the input. It leaves out only inputs on which the binders deliberately differ, each pinned in
/// <see cref="BinderDifferencesTests"/>:
/// <list type="bullet">
/// <item>JSON <c>null</c> for a member or element that is not nullable (Veltrix rejects it; ConfigurationBinder binds
/// <c>default(T)</c>, null or a default element). JSON null for nullable members, sections and collections stays in.</item>
/// <item>An empty value that ConfigurationBinder reads as a value: dates, times and char (their minimum) and a
/// non-nullable Uri (null); and an empty nullable Version (Veltrix: null; ConfigurationBinder rejects it).</item>
/// <item>An empty array or object for a collection whose default is null (Veltrix creates it empty).</item>
/// <item>An invalid value inside a list or dictionary (ConfigurationBinder skips the element silently).</item>
/// </list>
/// Inputs that expose Veltrix bugs stay in (see <see cref="BinderParityBugTests"/>).
/// </remarks>
internal sealed class ParityInputGenerator
{
    private static readonly NullabilityInfoContext Nullability = new();
    private static readonly string[] EntryNames = ["alpha", "beta", "Gamma", "delta9", "eu-west-1", "x.y", "Node_7", "ü", "Z"];

    private readonly Random _random;
    private readonly bool _forEnvironment;

    /// <param name="random">The case's random source.</param>
    /// <param name="forEnvironment">
    /// Generate only what environment variables can carry: no empty values, no empty arrays or objects.
    /// </param>
    public ParityInputGenerator(Random random, bool forEnvironment)
    {
        _random = random;
        _forEnvironment = forEnvironment;
    }

    /// <summary>
    /// The input for a schema rooted at <paramref name="section"/> (<c>""</c> for the root, or a path such as
    /// <c>Parity:Nullable</c>), written as nested objects.
    /// </summary>
    public InputObject Generate(Type schema, string section)
    {
        var body = Section(schema, section, inCollection: false, density: 0.2 + (_random.NextDouble() * 0.6));
        if (section.Length == 0)
        {
            return body;
        }

        var segments = section.Split(':');
        var root = new InputObject();
        var current = root;
        for (var i = 0; i < segments.Length; i++)
        {
            var next = i == segments.Length - 1 ? body : new InputObject();
            current.Add(InputRenderer.Recase(segments[i], _random), next);
            current = next;
        }

        return root;
    }

    private InputObject Section(Type type, string path, bool inCollection, double density)
    {
        var node = new InputObject();
        var defaults = type.GetConstructor(Type.EmptyTypes) is { } constructor ? constructor.Invoke(null) : null;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanWrite || property.GetIndexParameters().Length > 0 || _random.NextDouble() > density)
            {
                continue;
            }

            // A bound collection replaces a non-empty default; ConfigurationBinder appends to it (BinderDifferencesTests).
            if (defaults is not null && property.PropertyType != typeof(string)
                && property.GetValue(defaults) is System.Collections.IEnumerable items && items.GetEnumerator().MoveNext())
            {
                continue;
            }

            var key = InputRenderer.Recase(property.Name, _random);
            if (Member(property.PropertyType, Nullability.Create(property), Join(path, property.Name), inCollection, density) is { } value)
            {
                node.Add(key, value);
            }
        }

        // A key the schema does not have (a typo, or a setting for another component): both binders ignore it.
        if (_random.Next(10) == 0)
        {
            node.Add(InputRenderer.Recase(_random.Next(2) == 0 ? "Unknown" : "ExtraSetting", _random), new InputValue("ignored", JsonForm.String));
        }

        return node;
    }

    private InputNode? Member(Type type, NullabilityInfo nullability, string path, bool inCollection, double density)
    {
        // A nullable-oblivious member (no annotations) admits null, as a nullable one does.
        var nullable = nullability.ReadState != NullabilityState.NotNull;
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null || ScalarTexts.IsScalar(type))
        {
            return Scalar(underlying ?? type, nullable, inCollection);
        }

        // JSON null for a collection or a section: both binders keep the default.
        if (!_forEnvironment && _random.Next(25) == 0)
        {
            return InputValue.Null;
        }

        if (DictionaryValueType(type) is { } valueType)
        {
            return Dictionary(valueType, nullability.GenericTypeArguments[1], path, allowEmpty: !nullable, density);
        }

        if (ListElementType(type) is { } elementType)
        {
            var elementNullability = type.IsArray ? nullability.ElementType! : nullability.GenericTypeArguments[0];
            return List(elementType, elementNullability, path, allowEmpty: !nullable, density);
        }

        // A section: sometimes written as an empty object, which sets nothing in either binder.
        if (!_forEnvironment && _random.Next(15) == 0)
        {
            return new InputObject();
        }

        var section = Section(type, path, inCollection, Math.Max(0.3, density));
        return section.Members.Count == 0 ? null : section;
    }

    private InputValue Scalar(Type type, bool nullable, bool inCollection)
    {
        string text;
        if (!_forEnvironment && nullable && _random.Next(12) == 0)
        {
            // JSON null for a nullable type. For a reference type that is not annotated nullable, Veltrix rejects
            // null where ConfigurationBinder binds it (tested separately).
            return InputValue.Null;
        }

        if (!_forEnvironment && nullable && type != typeof(Version) && _random.Next(8) == 0)
        {
            // An empty value means null for a nullable type (ConfigurationBinder rejects it for Version?).
            text = string.Empty;
        }
        else if (!_forEnvironment && !inCollection && !ScalarTexts.ConfigurationBinderReadsEmptyAsValue(type) && _random.Next(120) == 0)
        {
            // Empty for a type that is not nullable, which both binders reject. (ConfigurationBinder reads it as
            // the minimum for dates, times and char, and rejects it for a nullable Version; tested separately.)
            text = string.Empty;
        }
        else if (!inCollection && type != typeof(string) && _random.Next(150) == 0)
        {
            // Both binders must reject it. Inside a collection ConfigurationBinder skips the element instead
            // (a deliberate difference, tested separately), so invalid values are written only outside.
            text = ScalarTexts.Invalid(type, _random);
        }
        else
        {
            text = ScalarTexts.Valid(type, _random);
            if (text.Length == 0 && _forEnvironment)
            {
                text = "-";
            }
        }

        return new InputValue(text, JsonFormFor(text));
    }

    private InputArray? List(Type elementType, NullabilityInfo elementNullability, string path, bool allowEmpty, double density)
    {
        var count = _random.Next(5) == 0 ? 0 : _random.Next(1, 5);
        if (count == 0)
        {
            // An empty array: for a list whose default is null, Veltrix binds an empty list and ConfigurationBinder
            // leaves null (tested separately).
            return _forEnvironment || !allowEmpty ? null : new InputArray();
        }

        var array = new InputArray();
        var index = 0;
        for (var i = 0; i < count; i++)
        {
            var element = Element(elementType, elementNullability, Join(path, index.ToString(System.Globalization.CultureInfo.InvariantCulture)), density);
            array.Elements.Add(new(index, element));

            // Environment variables may skip indices; JSON arrays cannot, and the writer ignores the indices.
            index += _random.Next(6) == 0 ? _random.Next(2, 5) : 1;
        }

        return array;
    }

    private InputObject? Dictionary(Type valueType, NullabilityInfo valueNullability, string path, bool allowEmpty, double density)
    {
        var count = _random.Next(5) == 0 ? 0 : _random.Next(1, 4);
        if (count == 0)
        {
            return _forEnvironment || !allowEmpty ? null : new InputObject();
        }

        var dictionary = new InputObject();
        var names = EntryNames.OrderBy(_ => _random.Next()).Take(count);
        foreach (var name in names)
        {
            dictionary.Add(InputRenderer.Recase(name, _random), Element(valueType, valueNullability, Join(path, name), density));
        }

        return dictionary;
    }

    private InputNode Element(Type type, NullabilityInfo nullability, string path, double density)
    {
        var nullable = nullability.ReadState == NullabilityState.Nullable;
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null || ScalarTexts.IsScalar(type))
        {
            return Scalar(underlying ?? type, nullable, inCollection: true);
        }

        // A collection element (a list of lists, a dictionary of arrays) holds at least one element of its own: an
        // empty inner collection binds empty in Veltrix and not at all in ConfigurationBinder (tested separately).
        if (DictionaryValueType(type) is { } valueType)
        {
            InputObject? entries;
            do
            {
                entries = Dictionary(valueType, nullability.GenericTypeArguments[1], path, allowEmpty: false, density);
            }
            while (entries is null);

            return entries;
        }

        if (ListElementType(type) is { } elementType)
        {
            var elementNullability = type.IsArray ? nullability.ElementType! : nullability.GenericTypeArguments[0];
            InputArray? items;
            do
            {
                items = List(elementType, elementNullability, path, allowEmpty: false, density);
            }
            while (items is null);

            return items;
        }

        // A section element is written even when it sets no key, as an empty object: it still counts.
        var section = Section(type, path, inCollection: true, Math.Max(0.3, density));
        if (section.Members.Count == 0 && _forEnvironment)
        {
            var first = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).First(p => ScalarTexts.IsScalar(Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType));
            section.Add(first.Name, Scalar(Nullable.GetUnderlyingType(first.PropertyType) ?? first.PropertyType, false, inCollection: true));
        }

        return section;
    }

    private JsonForm JsonFormFor(string text)
    {
        if (_random.Next(2) == 0)
        {
            return JsonForm.String;
        }

        if (text is "true" or "false")
        {
            return JsonForm.Boolean;
        }

        return IsJsonNumber(text) ? JsonForm.Number : JsonForm.String;
    }

    private static bool IsJsonNumber(string text)
    {
        var i = 0;
        if (i < text.Length && text[i] == '-')
        {
            i++;
        }

        if (i >= text.Length || !char.IsAsciiDigit(text[i]) || (text[i] == '0' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
        {
            return false;
        }

        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i == start)
            {
                return false;
            }
        }

        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            i++;
            if (i < text.Length && (text[i] == '+' || text[i] == '-'))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i == start)
            {
                return false;
            }
        }

        return i == text.Length;
    }

    /// <summary>For <c>Dictionary&lt;string, T&gt;</c> and <c>IReadOnlyDictionary&lt;string, T&gt;</c>: <c>T</c>.</summary>
    public static Type? DictionaryValueType(Type type)
        => type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Dictionary<,>) || type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)
            || type.GetGenericTypeDefinition() == typeof(IDictionary<,>))
            ? type.GetGenericArguments()[1]
            : null;

    /// <summary>For arrays, lists, sequences (<c>IEnumerable&lt;T&gt;</c>, <c>ICollection&lt;T&gt;</c>, …) and sets: <c>T</c>.</summary>
    public static Type? ListElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (!type.IsGenericType)
        {
            return null;
        }

        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(List<>) || definition == typeof(IList<>) || definition == typeof(IReadOnlyList<>)
            || definition == typeof(IEnumerable<>) || definition == typeof(ICollection<>) || definition == typeof(IReadOnlyCollection<>)
            || definition == typeof(HashSet<>) || definition == typeof(ISet<>) || definition == typeof(IReadOnlySet<>)
            ? type.GetGenericArguments()[0]
            : null;
    }

    private static string Join(string path, string segment) => path.Length == 0 ? segment.ToLowerInvariant() : path + ":" + segment.ToLowerInvariant();
}
