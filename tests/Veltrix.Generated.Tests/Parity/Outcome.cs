namespace Veltrix.Tests.Parity;

/// <summary>A bound value, or why the input was rejected.</summary>
internal readonly record struct Outcome<T>(T? Value, string? Error)
    where T : class;
