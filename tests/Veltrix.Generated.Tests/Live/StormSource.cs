using System.Globalization;

namespace Veltrix.Tests.Live;

/// <summary>
/// The storm's source: every key of <see cref="StormConfig"/> carries one value, replaced as a whole by
/// <see cref="Set"/>. A load reads the value array once, so whichever thread sets, a load never mixes two values;
/// a torn snapshot can only come from the reload pipeline.
/// </summary>
public sealed class StormSource : IConfigSource
{
    private static readonly string[] KeyPaths = CreateKeyPaths();

    private string[] _values = Fill(0);

    public string Name => "storm";

    /// <summary>The key paths <c>Storm:K00</c> … <c>Storm:K49</c>.</summary>
    public static IReadOnlyList<string> Keys => KeyPaths;

    /// <summary>Sets all 50 keys to <paramref name="value"/>.</summary>
    public void Set(int value) => Volatile.Write(ref _values, Fill(value));

    public void Load(ConfigDataBuilder builder)
    {
        var values = Volatile.Read(ref _values);
        for (var i = 0; i < KeyPaths.Length; i++)
        {
            builder.Set(KeyPaths[i], values[i], new ConfigOrigin("storm", i + 1, 1));
        }
    }

    private static string[] Fill(int value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        var values = new string[StormConfig.KeyCount];
        Array.Fill(values, text);
        return values;
    }

    private static string[] CreateKeyPaths()
    {
        var keys = new string[StormConfig.KeyCount];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = string.Create(CultureInfo.InvariantCulture, $"Storm:K{i:00}");
        }

        return keys;
    }
}
