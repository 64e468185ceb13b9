namespace Veltrix.Generators.Models;

/// <summary>
/// A diagnostic to report, as an equatable value: its ID (one of <c>DiagnosticIds</c>), location record and message
/// arguments. The parser is compiled into the analyzers too, so it names a diagnostic by ID and never holds a
/// descriptor; the generator maps the ID to its own descriptor when it reports (<c>DiagnosticDescriptors.ForId</c>).
/// </summary>
internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> MessageArgs)
{
    public static DiagnosticInfo Create(string id, LocationInfo? location, params string[] messageArgs)
        => new(id, location, messageArgs.ToEquatableArray());
}
