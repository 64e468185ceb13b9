namespace Veltrix.PackageTests.Readme;

/// <summary>One fenced code block of README.</summary>
/// <param name="Language">The fence's language (<c>bash</c>, <c>csharp</c>, <c>console</c>, …).</param>
/// <param name="Text">The block's text.</param>
/// <param name="Before">The paragraph before it, which names the file the block is.</param>
internal sealed record ReadmeBlock(string Language, string Text, string Before);
