namespace Veltrix.Tests.Binding;

/// <summary>Finds where a value starts in JSON text, as the 1-based line and column a JSON source reports.</summary>
public static class JsonPosition
{
    /// <summary>
    /// The origin of the value that follows the first occurrence of <paramref name="marker"/> (such as
    /// <c>"Port": </c>) in <paramref name="json"/>, located in the file at <paramref name="path"/>.
    /// </summary>
    public static ConfigOrigin After(string path, string json, string marker) => After(path, json, marker, string.Empty);

    /// <summary>
    /// The origin of <paramref name="value"/> where it first follows <paramref name="marker"/>: with
    /// <c>"Weight": </c> and <c>500</c>, the position of the 5 in <c>"Weight": 500</c>.
    /// </summary>
    public static ConfigOrigin After(string path, string json, string marker, string value)
    {
        var text = json.ReplaceLineEndings("\n");
        var index = text.IndexOf(marker + value, StringComparison.Ordinal);
        if (index < 0)
        {
            throw new ArgumentException($"'{marker}{value}' is not in the JSON text.", nameof(marker));
        }

        var position = index + marker.Length;
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < position; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new ConfigOrigin(path, line, position - lineStart + 1);
    }

    /// <summary>The 1-based line of the first occurrence of <paramref name="marker"/>.</summary>
    public static int LineOf(string json, string marker) => After("x", json, marker).Line;
}
