using System;
using System.Collections.Generic;
using System.Reflection;

namespace Veltrix.Tool.Binding;

/// <summary>
/// An app's assembly loaded into its own <see cref="Loading.AppLoadContext"/>, with one <see cref="ISchemaBinding"/>
/// per <c>[VeltrixConfig]</c> type. Finding the types loads them without running anything; binding runs the generated
/// binder, which constructs the schema classes (their constructors and initializers), as the app's start does.
/// </summary>
internal sealed class LoadedApp
{
    private LoadedApp(IReadOnlyList<ISchemaBinding> schemas) => Schemas = schemas;

    /// <summary>The schemas, sorted by type name.</summary>
    public IReadOnlyList<ISchemaBinding> Schemas { get; }

    /// <summary>Loads the app.</summary>
    /// <param name="appPath">The app's assembly.</param>
    /// <returns>The loaded app.</returns>
    /// <exception cref="ToolException">It cannot be loaded, or has no schema the tool's Veltrix can bind.</exception>
    public static LoadedApp Load(string appPath)
    {
        Assembly assembly;
        try
        {
            assembly = new Loading.AppLoadContext(appPath).LoadFromAssemblyPath(appPath);
        }
        catch (Exception ex) when (ex is BadImageFormatException or System.IO.FileLoadException or System.IO.FileNotFoundException)
        {
            throw new ToolException($"{appPath}: cannot be loaded: {ex.Message}", ex);
        }

        Type?[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            types = ex.Types;
        }

        var schemas = new List<ISchemaBinding>();
        foreach (var type in types)
        {
            if (type is null || type.GetCustomAttribute<VeltrixConfigAttribute>() is null)
            {
                continue;
            }

            try
            {
                schemas.Add((ISchemaBinding)Activator.CreateInstance(typeof(SchemaBinding<>).MakeGenericType(type))!);
            }
            catch (ArgumentException ex)
            {
                // The type does not implement this Veltrix's IVeltrixConfig<T>: built against another version.
                throw new ToolException(
                    $"{type.FullName} in {appPath} does not implement the IVeltrixConfig<T> of this tool's Veltrix.Generated "
                    + $"({typeof(VeltrixConfigAttribute).Assembly.GetName().Version}); use the tool version that matches the app's package.",
                    ex);
            }
        }

        if (schemas.Count == 0)
        {
            throw new ToolException($"{appPath}: no [VeltrixConfig] type; is it an app built with Veltrix.Generated?");
        }

        schemas.Sort(static (a, b) => string.CompareOrdinal(a.TypeName, b.TypeName));
        return new LoadedApp(schemas);
    }

    /// <summary>The schema named by <c>--type</c>, or the only one.</summary>
    /// <param name="name">The type's name or full name, or null.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="ToolException">None matches, or several do and no name was given.</exception>
    public ISchemaBinding Select(string? name)
    {
        if (name is null)
        {
            return Schemas.Count == 1
                ? Schemas[0]
                : throw new ToolException($"the app has {Schemas.Count} schemas ({Names()}); name one with --type.");
        }

        foreach (var schema in Schemas)
        {
            if (string.Equals(schema.TypeName, name, StringComparison.Ordinal)
                || schema.TypeName.EndsWith("." + name, StringComparison.Ordinal))
            {
                return schema;
            }
        }

        throw new ToolException($"no schema named '{name}'; the app has {Names()}.");
    }

    /// <summary>The schema whose section holds <paramref name="keyPath"/> (the innermost one).</summary>
    /// <param name="keyPath">A key path.</param>
    /// <returns>The schema, or null when the key lies outside every schema's section.</returns>
    public ISchemaBinding? ForKey(string keyPath)
    {
        ISchemaBinding? best = null;
        var bestLength = -1;
        foreach (var schema in Schemas)
        {
            var section = schema.Schema.Section;
            var holds = section.Length == 0
                || (keyPath.StartsWith(section, StringComparison.OrdinalIgnoreCase) && (keyPath.Length == section.Length || keyPath[section.Length] == ':'));
            if (holds && section.Length > bestLength)
            {
                best = schema;
                bestLength = section.Length;
            }
        }

        return best;
    }

    private string Names()
    {
        var names = new List<string>();
        foreach (var schema in Schemas)
        {
            names.Add(schema.TypeName);
        }

        return string.Join(", ", names);
    }
}
