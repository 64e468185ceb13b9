namespace Veltrix.Tests.Hostile;

/// <summary>A custom source with a bug: its load throws.</summary>
public sealed class ThrowingSource(Action load) : IConfigSource
{
    public string Name => "throwing source";

    public void Load(ConfigDataBuilder builder) => load();
}
