using System;
using Microsoft.Extensions.Options;

namespace Veltrix.Extensions.Hosting;

/// <summary>The one options name a Veltrix schema answers to.</summary>
internal static class OptionsName
{
    /// <summary>Throws unless <paramref name="name"/> is null or <see cref="Options.DefaultName"/>.</summary>
    public static void EnsureDefault<T>(string? name)
    {
        if (!string.IsNullOrEmpty(name))
        {
            throw new InvalidOperationException(
                $"Named options are not supported for {typeof(T).Name}: a Veltrix schema has one instance, read with the default name, not '{name}'. Use a separate schema type for each instance.");
        }
    }
}
