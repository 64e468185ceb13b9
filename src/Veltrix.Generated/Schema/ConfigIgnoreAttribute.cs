using System;

namespace Veltrix;

/// <summary>
/// Leaves a property of a schema type out of the configuration: no key, no binding, no validation, no change
/// detection. Use it for members that are not configuration at all (a delegate, a service, a computed helper)
/// rather than suppressing VLX0002, so that the schema says what it binds.
/// </summary>
/// <remarks>
/// An ignored property keeps whatever the type's constructor or initializer gives it in every snapshot. A
/// constructor parameter cannot be ignored: the binder must pass it.
/// </remarks>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class ConfigIgnoreAttribute : Attribute
{
}
