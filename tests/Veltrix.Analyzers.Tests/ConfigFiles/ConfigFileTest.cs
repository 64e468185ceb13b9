using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Veltrix.Analyzers.ConfigFiles;
using Veltrix.Analyzers.Tests.Infrastructure;

namespace Veltrix.Analyzers.Tests.ConfigFiles;

/// <summary>Builds analyzer tests of configuration files: one schema source, files at fixed paths, exact JSON locations.</summary>
internal static class ConfigFileTest
{
    /// <summary>A schema with every kind of member the file checks look at.</summary>
    public const string Schema = """
        using System;
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using Veltrix;

        public enum Mode { Fifo, Lifo, Priority }

        [Flags] public enum Access { None = 0, Read = 1, Write = 2 }

        [VeltrixConfig("Server")]
        public sealed partial class ServerConfig
        {
            [Required] public string Name { get; init; } = "";
            [Range(1, 65535)] public int Port { get; init; } = 8080;
            public CacheSection Cache { get; init; } = new();
            public Mode Mode { get; init; }
            public Access Access { get; init; }
            [MinLength(1)] public IReadOnlyList<string> Hosts { get; init; } = [];
            [RegularExpression("[a-z]+")] public string Region { get; init; } = "eu";
            public Dictionary<string, int> Weights { get; init; } = new();
            [Secret] public string? Password { get; init; }
            public int? Workers { get; init; }
            [ConfigKey("request_timeout")] public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);
        }

        public sealed partial class CacheSection
        {
            public int MaxEntries { get; init; } = 10_000;
            public TimeSpan Ttl { get; init; } = TimeSpan.FromMinutes(5);
            [Range(typeof(TimeSpan), "00:00:01", "01:00:00")] public TimeSpan Sliding { get; init; } = TimeSpan.FromMinutes(1);
        }
        """;

    /// <summary>Creates a test of <paramref name="files"/> against <paramref name="source"/>.</summary>
    /// <param name="source">The C# source holding the schemas.</param>
    /// <param name="files">Path and text of each additional file.</param>
    /// <returns>The test; add expected diagnostics and run it.</returns>
    public static CSharpAnalyzerTest<ConfigFileAnalyzer, DefaultVerifier> Create(string source, params (string Path, string Text)[] files)
    {
        var test = new CSharpAnalyzerTest<ConfigFileAnalyzer, DefaultVerifier> { TestCode = source }.WithVeltrix();
        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add((file.Path, file.Text));
        }

        return test;
    }

    /// <summary>An expected diagnostic at one JSON token.</summary>
    /// <param name="descriptor">The descriptor.</param>
    /// <param name="path">The file.</param>
    /// <param name="line">1-based line.</param>
    /// <param name="column">1-based column of the token's first character.</param>
    /// <param name="length">The token's length in characters.</param>
    /// <returns>The expected result.</returns>
    public static DiagnosticResult At(DiagnosticDescriptor descriptor, string path, int line, int column, int length)
        => new DiagnosticResult(descriptor).WithSpan(path, line, column, line, column + length);
}
