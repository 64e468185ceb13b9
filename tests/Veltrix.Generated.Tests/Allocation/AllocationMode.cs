namespace Veltrix.Tests.Allocation;

/// <summary>An enum member of the 40-key schema: a lookup must not box it.</summary>
public enum AllocationMode
{
    Off = 0,
    Eager = 1,
    Lazy = 2,
}
