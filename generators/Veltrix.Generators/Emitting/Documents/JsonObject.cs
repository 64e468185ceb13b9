using System.Collections.Generic;

namespace Veltrix.Generators.Emitting.Documents;

/// <summary>A JSON object whose members keep the order they were added in (see <see cref="JsonText"/>).</summary>
internal sealed class JsonObject
{
    /// <summary>The members, in order.</summary>
    public List<KeyValuePair<string, object?>> Members { get; } = [];

    /// <summary>Adds a member.</summary>
    /// <param name="name">The member name.</param>
    /// <param name="value">Its value.</param>
    /// <returns>This object.</returns>
    public JsonObject Add(string name, object? value)
    {
        Members.Add(new KeyValuePair<string, object?>(name, value));
        return this;
    }
}
