using System;

namespace Veltrix;

/// <summary>The health of one source, as it last reported it.</summary>
/// <param name="Source">The source's <see cref="IConfigSource.Name"/>.</param>
/// <param name="Status">How well it works.</param>
/// <param name="Message">Why it is not healthy (names the path or endpoint, never a value); null when healthy.</param>
/// <param name="Since">When the status last changed.</param>
public sealed record ConfigSourceHealth(string Source, ConfigSourceStatus Status, string? Message, DateTimeOffset Since);
