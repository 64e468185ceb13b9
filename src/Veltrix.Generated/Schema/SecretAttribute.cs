using System;

namespace Veltrix;

/// <summary>
/// Marks a member whose value must never be printed: <c>ToString()</c>, error messages, change sets and
/// lookups show <c>***</c> instead of the value.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class SecretAttribute : Attribute
{
}
