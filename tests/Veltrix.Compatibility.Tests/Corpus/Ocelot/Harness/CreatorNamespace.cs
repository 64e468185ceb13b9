// Not upstream: three corpus files keep Ocelot's `using Ocelot.Configuration.Creator;` (its types appear only in
// their doc comments), and a using directive needs its namespace to exist.
namespace Ocelot.Configuration.Creator;

/// <summary>Declares the namespace <c>Ocelot.Configuration.Creator</c> for the corpus files that import it.</summary>
internal static class CreatorNamespace
{
}
