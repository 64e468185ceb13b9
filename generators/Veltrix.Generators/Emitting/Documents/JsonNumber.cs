namespace Veltrix.Generators.Emitting.Documents;

/// <summary>A JSON number written as its invariant text (see <see cref="JsonText"/>).</summary>
/// <param name="Text">The number, e.g. <c>65535</c> or <c>0.5</c>.</param>
internal sealed record JsonNumber(string Text);
