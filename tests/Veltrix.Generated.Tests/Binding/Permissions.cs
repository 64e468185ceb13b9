namespace Veltrix.Tests.Binding;

/// <summary>A [Flags] enum, bound from comma lists such as "Read, Write".</summary>
[Flags]
public enum Permissions
{
    None = 0,
    Read = 1,
    Write = 2,
    Execute = 4,
}
