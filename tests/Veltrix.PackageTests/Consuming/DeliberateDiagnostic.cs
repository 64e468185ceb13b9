namespace Veltrix.PackageTests.Consuming;

/// <summary>
/// Files that must each raise one Veltrix diagnostic in a consumer, to prove that every compile-time component of
/// the package loads from it and reports with its ID and location: the generator (VLX0008), the C# analyzers
/// (VLX1001) and the configuration-file analyzer, located at the JSON token (VLX4004).
/// </summary>
/// <param name="Id">The diagnostic the build must report.</param>
/// <param name="FileName">The file the diagnostic is reported in, relative to the project directory.</param>
/// <param name="Location">The <c>(line,column)</c> the build output must show, or null when only the file matters.</param>
/// <param name="Text">The file's text.</param>
public sealed record DeliberateDiagnostic(string Id, string FileName, string? Location, string Text)
{
    /// <summary>Every deliberate diagnostic; one consumer build holds all of their files.</summary>
    public static IReadOnlyList<DeliberateDiagnostic> All { get; } =
    [
        new("VLX0008", "Credentials.cs", null, """
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
            """),
        new("VLX1001", "LookupCache.cs", "(10,44)", """
            using Veltrix;

            namespace Consumer;

            [VeltrixConfig("Lookup")]
            public sealed partial class LookupCacheConfig
            {
                // A cache bounded at zero stores nothing.
                [CacheSize]
                public int MaxEntries { get; init; } = 0;

                [CacheTtl]
                public TimeSpan Ttl { get; init; } = TimeSpan.FromMinutes(1);
            }
            """),
        new("VLX4004", "appsettings.Production.json", "(3,13)", """
            {
              "App": {
                "Port": 70000
              }
            }
            """),
    ];
}
