using Xunit;

namespace Veltrix.Tests.Parity;

/// <summary>
/// The parity tests set process environment variables (under a unique prefix, removed right after each load),
/// because Microsoft.Extensions.Configuration's environment variable provider reads nothing else. They run
/// alone so that no other test reads the environment meanwhile.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialParityGroup
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Parity with ConfigurationBinder";
}
