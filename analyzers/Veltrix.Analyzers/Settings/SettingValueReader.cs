using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Veltrix.Analyzers.Rules;

namespace Veltrix.Analyzers.Settings;

/// <summary>
/// Reads the value a member is given in C# — a constant, <c>TimeSpan.FromSeconds(30)</c>, <c>new TimeSpan(0, 1, 0)</c>,
/// <c>TimeSpan.Zero</c>/<c>MaxValue</c>, <c>Timeout.InfiniteTimeSpan</c>, <c>default</c>, <c>null</c> — in the unit of
/// its <see cref="SettingDeclaration"/>. The same expressions the generator's default reader recognises; anything
/// computed at run time is <see cref="SettingKind.Unknown"/>.
/// </summary>
internal static class SettingValueReader
{
    /// <summary>Reads an initializer's value.</summary>
    /// <param name="operation">The initializer's value operation.</param>
    /// <param name="unit">The member's unit.</param>
    /// <param name="value">The value in <paramref name="unit"/>.</param>
    /// <returns><paramref name="unit"/>, <see cref="SettingKind.Null"/> or <see cref="SettingKind.Unknown"/>.</returns>
    public static SettingKind Read(IOperation? operation, SettingKind unit, out long value)
    {
        value = 0;
        while (operation is not null)
        {
            if (operation.ConstantValue.HasValue)
            {
                return FromConstant(operation.ConstantValue.Value, unit, out value);
            }

            if (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
                continue;
            }

            if (unit != SettingKind.TimeSpan)
            {
                return SettingKind.Unknown;
            }

            long? ticks = operation switch
            {
                IFieldReferenceOperation { Field: { IsStatic: true } field } => StaticField(field),
                IPropertyReferenceOperation { Property: { IsStatic: true } property } when IsSystem(property.ContainingType, "TimeSpan")
                    && property.Name == "Zero" => 0,
                IInvocationOperation { TargetMethod: { IsStatic: true } method } invocation when IsSystem(method.ContainingType, "TimeSpan")
                    => SumTicks(method.Name, invocation.Arguments),
                IObjectCreationOperation { Constructor: { } constructor } creation when IsSystem(constructor.ContainingType, "TimeSpan")
                    => SumTicks(".ctor", creation.Arguments),
                IDefaultValueOperation => 0,
                _ => null,
            };

            if (ticks is { } known)
            {
                value = known;
                return SettingKind.TimeSpan;
            }

            return SettingKind.Unknown;
        }

        return SettingKind.Unknown;
    }

    /// <summary>Reads a constant (a parameter default or an attribute argument).</summary>
    /// <param name="constant">The constant; null for <c>null</c>/<c>default</c>.</param>
    /// <param name="unit">The member's unit.</param>
    /// <param name="value">The value in <paramref name="unit"/>.</param>
    /// <returns><paramref name="unit"/>, <see cref="SettingKind.Null"/> or <see cref="SettingKind.Unknown"/>.</returns>
    public static SettingKind FromConstant(object? constant, SettingKind unit, out long value)
    {
        value = 0;
        switch (constant)
        {
            case null:
                return SettingKind.Null;
            case int or long or short or sbyte or byte or ushort or uint when unit is SettingKind.Integer or SettingKind.Milliseconds:
                value = Convert.ToInt64(constant, System.Globalization.CultureInfo.InvariantCulture);
                return unit;
            case ulong large when unit is SettingKind.Integer or SettingKind.Milliseconds:
                // Above long.MaxValue is "unbounded" for every rule; saturate rather than wrap.
                value = large > long.MaxValue ? long.MaxValue : (long)large;
                return unit;
            case string text when unit == SettingKind.TimeSpan
                && TimeSpan.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var parsed):
                // [DefaultValue(typeof(TimeSpan), "00:00:30")] keeps its value as text.
                value = parsed.Ticks;
                return unit;
            default:
                return SettingKind.Unknown;
        }
    }

    private static long? StaticField(IFieldSymbol field)
    {
        if (IsSystem(field.ContainingType, "TimeSpan"))
        {
            return field.Name switch
            {
                "Zero" => 0,
                "MaxValue" => long.MaxValue,
                "MinValue" => long.MinValue,
                _ => null,
            };
        }

        return field.Name == "InfiniteTimeSpan" && field.ContainingType is { Name: "Timeout", ContainingNamespace: { Name: "Threading", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } }
            ? -TimeSpan.TicksPerMillisecond
            : null;
    }

    /// <summary>
    /// The ticks of a <c>TimeSpan</c> factory or constructor whose arguments are constants; each argument's unit comes
    /// from its parameter name (<c>value</c> takes the factory's unit), so the double and .NET 9 integer overloads read alike.
    /// </summary>
    private static long? SumTicks(string methodName, System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments)
    {
        double total = 0;
        foreach (var argument in arguments)
        {
            if (argument.Parameter is not { } parameter || !argument.Value.ConstantValue.HasValue)
            {
                return null;
            }

            var unit = UnitOf(parameter.Name == "value" ? methodName : parameter.Name);
            var constant = argument.Value.ConstantValue.Value;
            if (unit == 0 || constant is null or string or bool or char)
            {
                return null;
            }

            total += Convert.ToDouble(constant, System.Globalization.CultureInfo.InvariantCulture) * unit;
        }

        return double.IsNaN(total) || total >= long.MaxValue || total <= long.MinValue ? null : (long)total;
    }

    private static long UnitOf(string name) => name switch
    {
        "FromDays" or "days" => TimeSpan.TicksPerDay,
        "FromHours" or "hours" => TimeSpan.TicksPerHour,
        "FromMinutes" or "minutes" => TimeSpan.TicksPerMinute,
        "FromSeconds" or "seconds" => TimeSpan.TicksPerSecond,
        "FromMilliseconds" or "milliseconds" => TimeSpan.TicksPerMillisecond,
        "FromMicroseconds" or "microseconds" => 10,
        "FromTicks" or "ticks" or ".ctor" => 1,
        _ => 0,
    };

    private static bool IsSystem(INamedTypeSymbol? type, string name)
        => type is { ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } && type.Name == name;
}
