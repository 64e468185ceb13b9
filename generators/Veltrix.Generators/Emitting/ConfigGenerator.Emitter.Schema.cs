using System.Globalization;
using Veltrix.Generators.Emitting;
using Veltrix.Generators.Models;

namespace Veltrix.Generators;

public sealed partial class ConfigGenerator
{
    /// <summary>Writes the schema instance: every key of <see cref="ConfigSpec.Keys"/> as a literal, and the hash.</summary>
    private static void WriteSchema(SourceWriter writer, ConfigSpec spec)
    {
        writer.WriteLine("/// <summary>Every key with its type, default, role and secret flag, and the schema hash; computed at compile time.</summary>");
        writer.WriteLine("internal static readonly global::Veltrix.ConfigSchema Schema = new(");
        writer.Indentation++;
        writer.WriteLine(CSharp.Literal(spec.SectionPath) + ",");
        writer.WriteLine("0x" + spec.SchemaHash.ToString("X16", CultureInfo.InvariantCulture) + "UL,");
        if (spec.Keys.Count == 0)
        {
            writer.WriteLine("global::System.Array.Empty<global::Veltrix.ConfigKeyInfo>());");
            writer.Indentation--;
            return;
        }

        writer.WriteLine("new global::Veltrix.ConfigKeyInfo[]");
        writer.OpenBlock();
        foreach (var key in spec.Keys)
        {
            writer.WriteLine(
                "new(" + CSharp.Literal(key.Path)
                + ", global::Veltrix.ConfigKeyKind." + key.Kind
                + ", " + CSharp.Literal(key.TypeDisplayName)
                + ", " + CSharp.LiteralOrNull(key.DefaultValueText)
                + ", global::Veltrix.ConfigRole." + key.Role
                + ", " + CSharp.Literal(key.IsSecret)
                + ", " + CSharp.Literal(key.IsRequired)
                + ", " + CSharp.LiteralOrNull(key.Description)
                + (key.ReplacesList ? ", global::Veltrix.ListMergeMode.Replace" : string.Empty) + "),");
        }

        writer.CloseBlock(");");
        writer.Indentation--;
    }
}
