using Microsoft.CodeAnalysis;

namespace Veltrix.Analyzers.ConfigSchema;

/// <summary>
/// A property of a section type whose key the generated binder does not bind: its type is not one Veltrix binds
/// (the generator reports VLX0002), or it has no set or init accessor and no constructor parameter. A value for its
/// key is ignored at runtime, which the configuration-file checks say in those words instead of "unknown key".
/// </summary>
/// <param name="Key">The key segment the member would have.</param>
/// <param name="Property">The property.</param>
/// <param name="Reason">Why it is not bound and what to do, as the end of a sentence.</param>
internal sealed record SchemaUnboundMember(string Key, IPropertySymbol Property, string Reason);
