using Veltrix.Analyzers.Diagnostics;
using static Veltrix.Analyzers.Tests.ConfigFiles.ConfigFileTest;

namespace Veltrix.Analyzers.Tests.ConfigFiles;

/// <summary>
/// A schema whose section lies inside another schema's section (<c>[VeltrixConfig("Caching")]</c> beside
/// <c>[VeltrixConfig("Caching:Apps")]</c>) owns the keys under its section: they are known, and checked against it.
/// </summary>
public sealed class ConfigFileNestedSchemaTests
{
    private const string Source = """
        using System;
        using System.ComponentModel.DataAnnotations;
        using Veltrix;

        [VeltrixConfig("Caching")]
        public sealed partial class CachingConfig
        {
            public bool Enabled { get; init; } = true;
        }

        [VeltrixConfig("Caching:Apps")]
        public sealed partial class AppsCacheConfig
        {
            [CacheSize] public int MaxEntries { get; init; } = 1000;
            [Range(1, 16)] public int Shards { get; init; } = 4;
            public TimeSpan Refresh { get; init; } = TimeSpan.FromMinutes(1);
        }

        [VeltrixConfig("Caching:Tenants:Orders")]
        public sealed partial class OrdersCacheConfig
        {
            [CacheSize] public int MaxEntries { get; init; } = 1000;
        }
        """;

    [Fact]
    public async Task InnerSchemaKeys_GoodValues_NotReported()
    {
        const string json = """
            {
              "Caching": {
                "Enabled": true,
                "Apps": { "MaxEntries": 5000, "Shards": 8, "Refresh": "00:05:00" },
                "Tenants": { "Orders": { "MaxEntries": 200 } }
              },
              "Caching:Apps:Shards": 2
            }
            """;

        await Create(Source, ("/appsettings.json", json)).RunAsync();
    }

    [Fact]
    public async Task InnerSchemaKeys_BadValues_ReportedWithTheirRuleAtTheirToken()
    {
        const string json = """
            {
              "Caching": {
                "Enabled": true,
                "Apps": { "MaxEntries": 0, "Shards": 99, "Refresh": "soon" },
                "Apps:Shards": 0,
                "Tenants": { "Orders": { "MaxEntries": -1 } }
              }
            }
            """;
        var test = Create(Source, ("/appsettings.json", json));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.CacheSizeNotPositive, "/appsettings.json", 4, 29, 1)
            .WithArguments("MaxEntries", "0"));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileValueInvalid, "/appsettings.json", 4, 42, 2)
            .WithArguments("Caching:Apps:Shards", "The value 99 is out of range: it must be between 1 and 16.", "Range"));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileValueNotBindable, "/appsettings.json", 4, 57, 6)
            .WithArguments("Caching:Apps:Refresh", "The value 'soon' is not a valid TimeSpan: write [d.]hh:mm[:ss[.fffffff]], such as 00:00:30 for 30 seconds."));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileValueInvalid, "/appsettings.json", 5, 20, 1)
            .WithArguments("Caching:Apps:Shards", "The value 0 is out of range: it must be between 1 and 16.", "Range"));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.CacheSizeNotPositive, "/appsettings.json", 6, 44, 2)
            .WithArguments("MaxEntries", "-1"));

        await test.RunAsync();
    }

    [Fact]
    public async Task UnknownKeys_InOuterInnerAndBetweenSchemas_StillReported()
    {
        const string json = """
            {
              "Caching": {
                "Enabld": true,
                "Apps": { "MaxEntires": 5 },
                "Tenants": { "Order": { "MaxEntries": 5 } }
              }
            }
            """;
        var test = Create(Source, ("/appsettings.json", json));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileUnknownKey, "/appsettings.json", 3, 5, 8)
            .WithArguments("Enabld", "Caching", "CachingConfig", "no member has this key; did you mean 'Enabled'?"));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileUnknownKey, "/appsettings.json", 4, 15, 12)
            .WithArguments("MaxEntires", "Caching:Apps", "AppsCacheConfig", "no member has this key; did you mean 'MaxEntries'?"));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileUnknownKey, "/appsettings.json", 5, 18, 7)
            .WithArguments("Order", "Caching:Tenants", "CachingConfig", "no member or schema section has this key; did you mean 'Orders'?"));

        await test.RunAsync();
    }
}
