using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Veltrix.Analyzers.Tests.Infrastructure;

/// <summary>
/// References for analyzer and code-fix tests. The testing library's <c>ReferenceAssemblies.Net.*</c> download
/// reference packs the package mirror lacks, so the tests use Basic.Reference.Assemblies' .NET 10 set instead.
/// </summary>
internal static class TestReferences
{
    /// <summary>No reference packs: the references come from <see cref="Net100"/>.</summary>
    public static readonly ReferenceAssemblies None = new("net10.0");

    /// <summary>The .NET 10 reference assemblies.</summary>
    public static readonly ImmutableArray<MetadataReference> Net100 = [.. Basic.Reference.Assemblies.Net100.References.All];

    /// <summary>The Veltrix runtime (attributes, <c>LiveConfig&lt;T&gt;</c>).</summary>
    public static readonly MetadataReference Veltrix = MetadataReference.CreateFromFile(typeof(VeltrixConfigAttribute).Assembly.Location);

    /// <summary><c>Microsoft.Extensions.Configuration.Abstractions</c> (<c>IConfiguration</c>).</summary>
    public static readonly MetadataReference ConfigurationAbstractions =
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Configuration.IConfiguration).Assembly.Location);
}
