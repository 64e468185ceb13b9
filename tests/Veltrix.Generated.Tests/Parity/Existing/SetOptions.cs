namespace Veltrix.Tests.Parity.Existing;

/// <summary><c>ISet&lt;T&gt;</c> members, which ConfigurationBinder 10 does not fill (see the test).</summary>
[VeltrixConfig("Sets")]
public sealed partial class SetOptions
{
    public ISet<int> Ports { get; set; } = new HashSet<int>();

    public ISet<int>? Optional { get; set; }
}
