namespace Veltrix;

/// <summary>The entry point: <c>VeltrixConfiguration.CreateBuilder&lt;ServerConfig&gt;()…Build()</c>.</summary>
public static class VeltrixConfiguration
{
    /// <summary>Starts describing where the configuration of <typeparamref name="T"/> comes from.</summary>
    /// <typeparam name="T">A <see cref="VeltrixConfigAttribute"/> schema type.</typeparam>
    public static VeltrixConfigurationBuilder<T> CreateBuilder<T>()
        where T : class, IVeltrixConfig<T>
        => new();
}
