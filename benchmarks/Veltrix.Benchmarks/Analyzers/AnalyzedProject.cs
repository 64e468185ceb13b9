namespace Veltrix.Benchmarks.Analyzers;

/// <summary>The two 1,000-file projects <see cref="AnalyzerBenchmarks"/> analyzes; both reference Veltrix.</summary>
public enum AnalyzedProject
{
    /// <summary>1,000 plain classes: the same members as the schema types, without a Veltrix attribute.</summary>
    NoSchemaTypes,

    /// <summary>1,000 <c>[VeltrixConfig]</c> types with 8 role-attributed members each, every tenth with a bad value.</summary>
    SchemaTypes,
}
