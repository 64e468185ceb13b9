using System.Collections.Generic;

namespace Veltrix.Tool.Binding;

/// <summary>Where one key's effective value comes from, and every layer that set it.</summary>
/// <param name="Key">The key path.</param>
/// <param name="TypeName">The member's C# type.</param>
/// <param name="Value">The bound value as the app sees it (<c>***</c> for a secret), or null when binding failed.</param>
/// <param name="Origin">Where the bound value came from; <c>(default)</c> for the default in code.</param>
/// <param name="Default">The default in code, when the generator could read it (never a secret's).</param>
/// <param name="IsSecret">Whether the key is a secret: every value shown is redacted.</param>
/// <param name="Layers">Each source that sets the key, the one that wins first.</param>
internal sealed record KeyExplanation(string Key, string TypeName, string? Value, string Origin, string? Default, bool IsSecret, IReadOnlyList<LayerValue> Layers);

/// <summary>What one source sets a key to.</summary>
/// <param name="Source">The source's name (a file, a directory, <c>command line</c>, an etcd prefix).</param>
/// <param name="Origin">Where in it: file and line, variable, argument, etcd key and revision.</param>
/// <param name="Value">The value as written (<c>***</c> for a secret; null for an explicit null).</param>
/// <param name="IsEffective">Whether this is the value the app binds; otherwise a later source overrides it.</param>
internal sealed record LayerValue(string Source, string Origin, string? Value, bool IsEffective);
