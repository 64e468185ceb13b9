using System.Collections.Generic;

namespace Veltrix.Analyzers.ConfigFiles;

/// <summary>Finds the known name closest to a misspelt one, as the runtime's enum messages do (the shared <see cref="NameSuggestion"/>).</summary>
internal static class KeySuggester
{
    /// <summary>The candidate nearest to <paramref name="name"/>, if it is close enough to be what was meant.</summary>
    /// <param name="name">The name as written.</param>
    /// <param name="candidates">The known names.</param>
    /// <returns>The suggestion, or null.</returns>
    public static string? Suggest(string name, IEnumerable<string> candidates) => NameSuggestion.Closest(name, candidates);
}
