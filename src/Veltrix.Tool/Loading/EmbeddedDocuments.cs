using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Veltrix.Tool.Loading;

/// <summary>
/// The JSON Schema and key reference the generator embeds in an assembly for each <c>[VeltrixConfig]</c> type, as
/// <c>[assembly: AssemblyMetadata("Veltrix.JsonSchema:&lt;Type&gt;", …)]</c> and <c>("Veltrix.KeyReference:&lt;Type&gt;", …)</c>,
/// read with <see cref="MetadataReader"/>: nothing is loaded or run.
/// </summary>
internal static class EmbeddedDocuments
{
    /// <summary>The key prefix of a JSON Schema.</summary>
    public const string JsonSchemaPrefix = "Veltrix.JsonSchema:";

    /// <summary>The key prefix of a key reference.</summary>
    public const string KeyReferencePrefix = "Veltrix.KeyReference:";

    /// <summary>Reads every <c>AssemblyMetadata</c> pair whose key starts with <c>Veltrix.</c>.</summary>
    /// <param name="assemblyPath">The assembly.</param>
    /// <returns>Key to value, in declaration order.</returns>
    /// <exception cref="ToolException">The file is not a .NET assembly.</exception>
    public static List<KeyValuePair<string, string>> Read(string assemblyPath)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        try
        {
            using var stream = File.OpenRead(assemblyPath);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                throw new ToolException($"{assemblyPath}: not a .NET assembly.");
            }

            var reader = pe.GetMetadataReader();
            foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
            {
                var attribute = reader.GetCustomAttribute(handle);
                if (!IsAssemblyMetadata(reader, attribute))
                {
                    continue;
                }

                var value = attribute.DecodeValue(new StringOnlyTypeProvider());
                if (value.FixedArguments.Length == 2
                    && value.FixedArguments[0].Value is string key
                    && key.StartsWith("Veltrix.", StringComparison.Ordinal)
                    && value.FixedArguments[1].Value is string text)
                {
                    pairs.Add(new KeyValuePair<string, string>(key, text));
                }
            }
        }
        catch (BadImageFormatException ex)
        {
            throw new ToolException($"{assemblyPath}: not a .NET assembly ({ex.Message}).", ex);
        }

        return pairs;
    }

    private static bool IsAssemblyMetadata(MetadataReader reader, CustomAttribute attribute)
    {
        if (attribute.Constructor.Kind != HandleKind.MemberReference)
        {
            return false;
        }

        var constructor = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
        if (constructor.Parent.Kind != HandleKind.TypeReference)
        {
            return false;
        }

        var type = reader.GetTypeReference((TypeReferenceHandle)constructor.Parent);
        return reader.StringComparer.Equals(type.Name, "AssemblyMetadataAttribute") && reader.StringComparer.Equals(type.Namespace, "System.Reflection");
    }

    /// <summary>Decodes attribute signatures whose arguments are strings, the only kind <c>AssemblyMetadata</c> has.</summary>
    private sealed class StringOnlyTypeProvider : ICustomAttributeTypeProvider<Type>
    {
        public Type GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode == PrimitiveTypeCode.String ? typeof(string) : typeof(object);

        public Type GetSystemType() => typeof(Type);

        public Type GetSZArrayType(Type elementType) => typeof(object[]);

        public Type GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => typeof(object);

        public Type GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => typeof(object);

        public Type GetTypeFromSerializedName(string name) => typeof(object);

        public PrimitiveTypeCode GetUnderlyingEnumType(Type type) => PrimitiveTypeCode.Int32;

        public bool IsSystemType(Type type) => type == typeof(Type);
    }
}
