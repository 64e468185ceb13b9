namespace Veltrix.Extensions.Hosting;

/// <summary>One key a bridge source read from Microsoft.Extensions.Configuration, with its value and where it came from.</summary>
/// <param name="Key">The key, spelled as the provider holds it.</param>
/// <param name="Value">Its value.</param>
/// <param name="Origin">The provider, variable or argument that set it.</param>
internal readonly record struct BridgedEntry(string Key, string Value, ConfigOrigin Origin);
