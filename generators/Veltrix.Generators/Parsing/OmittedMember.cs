using Microsoft.CodeAnalysis;

namespace Veltrix.Generators.Parsing;

/// <summary>A candidate property of a section that binds no key: a value for its key is ignored at runtime.</summary>
/// <param name="Property">The property.</param>
/// <param name="Key">The key segment it would have.</param>
/// <param name="Reason">Why it is left out.</param>
internal sealed record OmittedMember(IPropertySymbol Property, string Key, OmissionReason Reason);
