using System;
using System.Reflection;
using System.Runtime.Loader;

namespace Veltrix.Tool.Loading;

/// <summary>
/// Loads an app's assembly and its dependencies from the app's own folder (its <c>deps.json</c>), isolated from the
/// tool's, except the Veltrix assemblies, which resolve to the tool's copies: the app's schema types then implement
/// the very <c>IVeltrixConfig&lt;T&gt;</c> the tool calls, so the generated members run as the app's start would run
/// them. The app's entry point is never called.
/// </summary>
internal sealed class AppLoadContext : AssemblyLoadContext
{
    private static readonly string[] Shared = ["Veltrix.Generated", "Veltrix.Etcd"];

    private readonly AssemblyDependencyResolver _resolver;

    /// <summary>Creates the context for one app.</summary>
    /// <param name="appPath">The app's assembly.</param>
    public AppLoadContext(string appPath)
        : base("veltrix-app", isCollectible: false)
        => _resolver = new AssemblyDependencyResolver(appPath);

    /// <inheritdoc />
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (Array.IndexOf(Shared, assemblyName.Name) >= 0)
        {
            // Null defers to the default context: the tool's Veltrix, one type identity for both sides.
            return null;
        }

        return _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
    }

    /// <inheritdoc />
    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
        => _resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
}
