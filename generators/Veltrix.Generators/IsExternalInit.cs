// Records and init accessors on netstandard2.0 need this type, which the framework does not ship.
namespace System.Runtime.CompilerServices;

/// <summary>Lets the compiler emit <c>init</c> accessors (records) for netstandard2.0.</summary>
internal static class IsExternalInit
{
}
