namespace Veltrix.Tests.Parity;

/// <summary>One comparison whose results differ.</summary>
internal sealed record Disagreement(string CaseName, string Sources, string Difference, string? Document, IReadOnlyList<KeyValuePair<string, string>>? Variables);
