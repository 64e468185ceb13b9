using System;
namespace Veltrix;
/// <summary>Replaced by the JSON source implementation.</summary>
public sealed class JsonFileSource : IConfigSource
{
    /// <summary>x</summary>
    public JsonFileSource(string path, bool optional, bool reloadOnChange, ConfigLimits limits) { Name = path; _ = optional; _ = reloadOnChange; _ = limits; }
    /// <inheritdoc/>
    public string Name { get; }
    /// <inheritdoc/>
    public void Load(ConfigDataBuilder builder) => throw new NotSupportedException();
}
