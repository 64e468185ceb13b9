using System.Collections.Generic;
using Veltrix.Generators.Models;

namespace Veltrix.Generators.Parsing;

// Compiled into the generator only (the analyzers' project links Parsing/ without this file and SchemaHasher.cs).
internal sealed partial class SchemaParser
{
    static partial void ComputeSchemaHash(List<KeySpec> keys, ref ulong hash) => hash = SchemaHasher.Compute(keys);
}
