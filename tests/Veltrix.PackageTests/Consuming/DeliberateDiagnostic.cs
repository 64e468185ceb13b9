namespace Veltrix.PackageTests.Consuming;

/// <summary>
/// A source file that must raise one Veltrix diagnostic in a consumer, to prove the package's compile-time
/// components load and report with their IDs. It is the generator's VLX0008 (a non-partial record holds a
/// <c>[Secret]</c>); point <see cref="Id"/> and <see cref="Source"/> at an analyzer rule to check the analyzers
/// assembly the same way.
/// </summary>
public static class DeliberateDiagnostic
{
    /// <summary>The diagnostic the build must report.</summary>
    public const string Id = "VLX0008";

    /// <summary>The file the diagnostic is reported in.</summary>
    public const string FileName = "Credentials.cs";

    /// <summary>The file's text.</summary>
    public const string Source = """
        using Veltrix;

        namespace Consumer;

        [VeltrixConfig("Database")]
        public sealed partial class DatabaseConfig
        {
            public CredentialsConfig Credentials { get; init; } = new();
        }

        // Not partial: the compiler-made ToString() would print Password.
        public sealed record CredentialsConfig
        {
            public string User { get; init; } = "";

            [Secret]
            public string? Password { get; init; }
        }
        """;
}
