using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace Veltrix;

/// <summary>Validation steps that generated <c>Validate</c> methods share.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class GeneratedValidation
{
    /// <summary>
    /// Whether <paramref name="value"/> matches <paramref name="regex"/> as a whole, as
    /// <c>RegularExpressionAttribute</c> decides: an empty value is valid, and otherwise the first match must
    /// start at 0 and span the value. A match that times out rejects the value rather than throwing.
    /// </summary>
    /// <param name="regex">The pattern.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether the value is valid.</returns>
    public static bool IsFullMatch(Regex regex, string value)
    {
        ArgumentNullException.ThrowIfNull(regex);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            return true;
        }

        try
        {
            foreach (var match in regex.EnumerateMatches(value))
            {
                return match.Index == 0 && match.Length == value.Length;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A value the pattern cannot decide on within its timeout is not accepted.
        }

        return false;
    }

    /// <summary>
    /// Asks a validation attribute about a member's value, as <c>Validator</c> does for a property, and reports its
    /// message on the member's key. The <see cref="ValidationContext"/> is built with the constructor that takes a
    /// display name, the one that needs no reflection over the instance's type.
    /// </summary>
    /// <param name="attribute">The attribute, constructed as written on the member.</param>
    /// <param name="value">The member's value.</param>
    /// <param name="instance">The section that holds the member.</param>
    /// <param name="memberName">The member's C# name (the context's member and display name).</param>
    /// <param name="path">The key path of the section.</param>
    /// <param name="key">The member's key segment.</param>
    /// <param name="context">Where problems are reported.</param>
    /// <param name="rule">The rule name reported with a problem (the attribute's name without <c>Attribute</c>).</param>
    /// <param name="secret">Whether the member is a secret: an exception's message, which may quote the value, is then not shown.</param>
    public static void Validate(ValidationAttribute attribute, object? value, object instance, string memberName, string path, string key, BindContext context, string rule, bool secret)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(context);
        ValidationResult? result;
        try
        {
            result = attribute.GetValidationResult(value, new ValidationContext(instance, memberName, null, null) { MemberName = memberName });
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A rule that throws rejects the load with the reason, instead of ending a reload with an exception.
            context.AddError(
                GeneratedKeyPath.Combine(path, key),
                secret ? string.Concat("The rule failed with ", exception.GetType().Name, ".") : string.Concat("The rule failed with ", exception.GetType().Name, ": ", exception.Message),
                rule);
            return;
        }

        if (result is not null)
        {
            context.AddError(GeneratedKeyPath.Combine(path, key), result.ErrorMessage ?? "The value is not valid.", rule);
        }
    }

    /// <summary>
    /// Asks a validation attribute on a section type about the whole section, as <c>Validator.TryValidateObject</c>
    /// does with the attributes of a type, and reports its message on the section's key.
    /// </summary>
    /// <param name="attribute">The attribute, constructed as written on the type.</param>
    /// <param name="instance">The section.</param>
    /// <param name="displayName">The section type's name (the context's display name).</param>
    /// <param name="path">The key path of the section.</param>
    /// <param name="context">Where problems are reported.</param>
    /// <param name="rule">The rule name reported with a problem.</param>
    public static void ValidateSection(ValidationAttribute attribute, object instance, string displayName, string path, BindContext context, string rule)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(context);
        ValidationResult? result;
        try
        {
            result = attribute.GetValidationResult(instance, new ValidationContext(instance, displayName, null, null));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            context.AddError(path, string.Concat("The rule failed with ", exception.GetType().Name, "."), rule);
            return;
        }

        if (result is not null)
        {
            context.AddError(path, result.ErrorMessage ?? "The section is not valid.", rule);
        }
    }

    /// <summary>
    /// Calls a section's <see cref="IValidatableObject.Validate"/> and reports each result on the keys of the members it
    /// names, or on the section's key when it names none that are bound.
    /// </summary>
    /// <param name="instance">The section.</param>
    /// <param name="displayName">The section type's name (the context's display name).</param>
    /// <param name="path">The key path of the section.</param>
    /// <param name="context">Where problems are reported.</param>
    /// <param name="keyOf">The key segment of a member by its C# name, or null when it is not bound.</param>
    public static void ValidateObject(IValidatableObject instance, string displayName, string path, BindContext context, Func<string, string?> keyOf)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(keyOf);
        IEnumerable<ValidationResult>? results;
        try
        {
            results = instance.Validate(new ValidationContext(instance, displayName, null, null));
            if (results is null)
            {
                return;
            }

            foreach (var result in results)
            {
                if (result is null)
                {
                    continue;
                }

                var message = result.ErrorMessage ?? "The section is not valid.";
                var reported = false;
                foreach (var name in result.MemberNames)
                {
                    if (name is not null && keyOf(name) is { } key)
                    {
                        context.AddError(GeneratedKeyPath.Combine(path, key), message, nameof(IValidatableObject));
                        reported = true;
                    }
                }

                if (!reported)
                {
                    context.AddError(path, message, nameof(IValidatableObject));
                }
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            context.AddError(path, string.Concat("The section's Validate failed: ", exception.GetType().Name, ": ", exception.Message), nameof(IValidatableObject));
        }
    }

    /// <summary>Quotes a (non-secret) string for a message, shortened past 80 characters: <c>'value'</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The quoted value.</returns>
    public static string Quote(string value) => ValidationMessages.Quote(value);
}
