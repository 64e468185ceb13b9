namespace Veltrix.Tests.Allocation;

/// <summary>
/// 170 keys (10 sections of 16 int keys, and the sections): more than one lookup method dispatches itself, so the
/// generator hands each section's keys to a method of its own.
/// </summary>
[VeltrixConfig("Wide")]
public sealed partial class Wide170Config
{
    public WideSection Cache { get; init; } = new();

    public WideSection Http { get; init; } = new();

    public WideSection Db { get; init; } = new();

    public WideSection Workers { get; init; } = new();

    public WideSection Queue { get; init; } = new();

    public WideSection Search { get; init; } = new();

    public WideSection Mail { get; init; } = new();

    public WideSection Blob { get; init; } = new();

    public WideSection Auth { get; init; } = new();

    public WideSection Metrics { get; init; } = new();
}
