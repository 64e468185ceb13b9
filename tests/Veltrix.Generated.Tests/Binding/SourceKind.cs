namespace Veltrix.Tests.Binding;

/// <summary>The kinds of source a test can feed the same flat keys through.</summary>
public enum SourceKind
{
    Json,
    EnvironmentVariables,
    CommandLine,
    InMemory,
}
