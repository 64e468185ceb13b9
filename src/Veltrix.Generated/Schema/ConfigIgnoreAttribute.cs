using System;

namespace Veltrix;

/// <summary>
/// Leaves a member out of the schema: it is neither bound nor validated, has no key, and keeps whatever value
/// its initializer or constructor gives it. For members of an options class that are not configuration, such
/// as a delegate or a service that code assigns after binding.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class ConfigIgnoreAttribute : Attribute
{
}
