using Microsoft.CodeAnalysis;

namespace Veltrix.Analyzers.Symbols;

/// <summary>
/// The Veltrix types the analyzers look for, resolved once per compilation in a compilation-start action.
/// <see cref="TryCreate"/> returns null when the compilation does not reference Veltrix, so that every analyzer
/// costs nothing in projects that do not use it.
/// </summary>
internal sealed class VeltrixSymbols
{
    private VeltrixSymbols(Compilation compilation, INamedTypeSymbol veltrixConfigAttribute)
    {
        VeltrixConfigAttribute = veltrixConfigAttribute;
        ConfigRoleAttribute = compilation.GetTypeByMetadataName("Veltrix.ConfigRoleAttribute");
        CacheSizeAttribute = compilation.GetTypeByMetadataName("Veltrix.CacheSizeAttribute");
        CacheTtlAttribute = compilation.GetTypeByMetadataName("Veltrix.CacheTtlAttribute");
        TimeoutAttribute = compilation.GetTypeByMetadataName("Veltrix.TimeoutAttribute");
        ConcurrencyLimitAttribute = compilation.GetTypeByMetadataName("Veltrix.ConcurrencyLimitAttribute");
        ThreadCountAttribute = compilation.GetTypeByMetadataName("Veltrix.ThreadCountAttribute");
        QueueCapacityAttribute = compilation.GetTypeByMetadataName("Veltrix.QueueCapacityAttribute");
        PoolSizeAttribute = compilation.GetTypeByMetadataName("Veltrix.PoolSizeAttribute");
        RetryCountAttribute = compilation.GetTypeByMetadataName("Veltrix.RetryCountAttribute");
        SecretAttribute = compilation.GetTypeByMetadataName("Veltrix.SecretAttribute");
        LiveConfig = compilation.GetTypeByMetadataName("Veltrix.LiveConfig`1");
        VeltrixConfigInterface = compilation.GetTypeByMetadataName("Veltrix.IVeltrixConfig`1");
        Configuration = compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfiguration");
        TimeSpan = compilation.GetTypeByMetadataName("System.TimeSpan");
    }

    /// <summary>The name of <c>LiveConfig&lt;T&gt;.Current</c>, the published snapshot: what the usage rules look for in code.</summary>
    public const string CurrentPropertyName = "Current";

    /// <summary><c>Veltrix.VeltrixConfigAttribute</c>, which marks a root schema.</summary>
    public INamedTypeSymbol VeltrixConfigAttribute { get; }

    /// <summary><c>Veltrix.ConfigRoleAttribute</c>, the base of every role attribute.</summary>
    public INamedTypeSymbol? ConfigRoleAttribute { get; }

    /// <summary><c>Veltrix.CacheSizeAttribute</c>.</summary>
    public INamedTypeSymbol? CacheSizeAttribute { get; }

    /// <summary><c>Veltrix.CacheTtlAttribute</c>.</summary>
    public INamedTypeSymbol? CacheTtlAttribute { get; }

    /// <summary><c>Veltrix.TimeoutAttribute</c>.</summary>
    public INamedTypeSymbol? TimeoutAttribute { get; }

    /// <summary><c>Veltrix.ConcurrencyLimitAttribute</c>.</summary>
    public INamedTypeSymbol? ConcurrencyLimitAttribute { get; }

    /// <summary><c>Veltrix.ThreadCountAttribute</c>.</summary>
    public INamedTypeSymbol? ThreadCountAttribute { get; }

    /// <summary><c>Veltrix.QueueCapacityAttribute</c>.</summary>
    public INamedTypeSymbol? QueueCapacityAttribute { get; }

    /// <summary><c>Veltrix.PoolSizeAttribute</c>.</summary>
    public INamedTypeSymbol? PoolSizeAttribute { get; }

    /// <summary><c>Veltrix.RetryCountAttribute</c>.</summary>
    public INamedTypeSymbol? RetryCountAttribute { get; }

    /// <summary><c>Veltrix.SecretAttribute</c>.</summary>
    public INamedTypeSymbol? SecretAttribute { get; }

    /// <summary>The open generic <c>Veltrix.LiveConfig&lt;T&gt;</c>.</summary>
    public INamedTypeSymbol? LiveConfig { get; }

    /// <summary>The open generic <c>Veltrix.IVeltrixConfig&lt;TSelf&gt;</c>.</summary>
    public INamedTypeSymbol? VeltrixConfigInterface { get; }

    /// <summary><c>Microsoft.Extensions.Configuration.IConfiguration</c>, when the compilation references it.</summary>
    public INamedTypeSymbol? Configuration { get; }

    /// <summary><c>System.TimeSpan</c>.</summary>
    public INamedTypeSymbol? TimeSpan { get; }

    /// <summary>Resolves the Veltrix types of <paramref name="compilation"/>.</summary>
    /// <param name="compilation">The compilation being analyzed.</param>
    /// <returns>The symbols, or null when Veltrix is not referenced.</returns>
    public static VeltrixSymbols? TryCreate(Compilation compilation)
    {
        var attribute = compilation.GetTypeByMetadataName("Veltrix.VeltrixConfigAttribute");
        return attribute is null ? null : new VeltrixSymbols(compilation, attribute);
    }
}
