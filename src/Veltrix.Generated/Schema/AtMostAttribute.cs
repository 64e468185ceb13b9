using System;

namespace Veltrix;

/// <summary>
/// The member's value must be less than or equal to another member of the same section: a minimum and its maximum,
/// a per-attempt timeout and the overall one. The generated <c>Validate</c> enforces it on every load and reload
/// (a violating reload is rejected with a <see cref="ConfigError"/> naming both keys, and the last good snapshot is
/// kept); the analyzers report defaults that break it (VLX2003).
/// </summary>
/// <example><code>
/// [ThreadCount, AtMost(nameof(MaxThreads))] public int MinThreads { get; init; } = 4;
/// [ThreadCount] public int MaxThreads { get; init; } = 64;
/// </code></example>
/// <remarks>
/// Both members must have the same comparable type (numbers with numbers, <see cref="TimeSpan"/> with
/// <see cref="TimeSpan"/>); otherwise the generator reports VLX0006. When either value is null the relation holds.
/// </remarks>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class AtMostAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="otherMember">The other member's C# name; write <c>nameof(Other)</c>.</param>
    public AtMostAttribute(string otherMember) => OtherMember = otherMember;

    /// <summary>The C# name of the member this value must not exceed.</summary>
    public string OtherMember { get; }
}
