using System;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Veltrix.Generators.Models;

namespace Veltrix.Generators.Parsing;

/// <summary>
/// Reads the defaults of members in configuration-file syntax: constant initializers, the usual <c>TimeSpan</c>
/// factories and fields, and constructor parameter defaults. Anything computed at run time yields null.
/// </summary>
internal static class DefaultValueReader
{
    private const long TicksPerMicrosecond = 10;
    private const long TicksPerMillisecond = 10_000;
    private const long TicksPerSecond = 10_000_000;
    private const long TicksPerMinute = 600_000_000;
    private const long TicksPerHour = 36_000_000_000;
    private const long TicksPerDay = 864_000_000_000;

    /// <summary>The default of a property initializer, for scalar members; null when not determinable.</summary>
    /// <param name="initializer">The initializer expression (<c>= …</c>).</param>
    /// <param name="model">A semantic model of the initializer's tree.</param>
    /// <param name="memberType">The member's declared type.</param>
    /// <param name="spec">The member's classified type.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static string? ReadInitializer(ExpressionSyntax initializer, SemanticModel model, ITypeSymbol memberType, TypeSpec spec, CancellationToken cancellationToken)
    {
        if (spec.Kind != MemberTypeKind.Scalar)
        {
            // Sections and collections (= new(), = []) have no single value to show.
            return null;
        }

        // A literal of the member's own type is read from its token: binding the initializer would only confirm it, and
        // binding is most of what parsing a schema costs, paid for every schema on every edit.
        if (LiteralOfMemberType(initializer, memberType) is { } literal)
        {
            return ValueFormatter.ToConfigText(literal, memberType);
        }

        // Constants (the common case) are read without building the operation tree, which costs far more.
        var constant = model.GetConstantValue(initializer, cancellationToken);
        if (constant.HasValue)
        {
            return ValueFormatter.ToConfigText(constant.Value, memberType);
        }

        var operation = model.GetOperation(initializer, cancellationToken);
        while (operation is not null)
        {
            if (operation.ConstantValue.HasValue)
            {
                return ValueFormatter.ToConfigText(operation.ConstantValue.Value, memberType);
            }

            // Look through implicit conversions only (int → long, TimeSpan → TimeSpan?, int → Int128); an explicit
            // cast such as (int)5.7 already folded to a constant above.
            if (operation is IConversionOperation { Conversion.IsImplicit: true } conversion)
            {
                operation = conversion.Operand;
                continue;
            }

            return ReadKnownExpression(operation, spec.Scalar);
        }

        return null;
    }

    /// <summary>
    /// The value of a literal (<c>8080</c>, <c>0.25</c>, <c>"localhost"</c>, <c>true</c>, <c>'x'</c>) whose type is the
    /// member's own, or null. A literal's value and type are fixed by its token (C# gives them no context), so with an
    /// identity conversion the value is the constant the compiler would bind; any other initializer is bound.
    /// </summary>
    private static object? LiteralOfMemberType(ExpressionSyntax initializer, ITypeSymbol memberType)
    {
        if (initializer is not LiteralExpressionSyntax literal || literal.ContainsDiagnostics)
        {
            return null;
        }

        object? value = literal.Kind() switch
        {
            SyntaxKind.NumericLiteralExpression or SyntaxKind.StringLiteralExpression or SyntaxKind.CharacterLiteralExpression => literal.Token.Value,
            SyntaxKind.TrueLiteralExpression => true,
            SyntaxKind.FalseLiteralExpression => false,
            _ => null,
        };
        var type = value switch
        {
            string => SpecialType.System_String,
            bool => SpecialType.System_Boolean,
            char => SpecialType.System_Char,
            int => SpecialType.System_Int32,
            uint => SpecialType.System_UInt32,
            long => SpecialType.System_Int64,
            ulong => SpecialType.System_UInt64,
            float => SpecialType.System_Single,
            double => SpecialType.System_Double,
            decimal => SpecialType.System_Decimal,
            _ => SpecialType.None,
        };
        return type != SpecialType.None && memberType.SpecialType == type ? value : null;
    }

    /// <summary>
    /// The default stated by <c>[System.ComponentModel.DefaultValue(…)]</c>, in configuration-file syntax, for a scalar
    /// member whose initializer is computed at run time (<c>TimeSpan.Parse("00:05:00")</c>, <c>Enum.Parse&lt;Mode&gt;("Fast")</c>):
    /// <c>[DefaultValue(5)]</c>, <c>[DefaultValue(Mode.Fast)]</c>, <c>[DefaultValue(typeof(TimeSpan), "00:05:00")]</c> or
    /// <c>[DefaultValue("00:05:00")]</c>. Null when there is none, or when its value is not one of the member's type.
    /// </summary>
    /// <param name="attributes">The member's attributes.</param>
    /// <param name="memberType">The member's declared type.</param>
    /// <param name="spec">The member's classified type.</param>
    public static string? ReadDefaultValueAttribute(System.Collections.Immutable.ImmutableArray<AttributeData> attributes, ITypeSymbol memberType, TypeSpec spec)
    {
        if (spec.Kind != MemberTypeKind.Scalar)
        {
            return null;
        }

        foreach (var attribute in attributes)
        {
            if (!SymbolNames.Is(attribute.AttributeClass, "System.ComponentModel", "DefaultValueAttribute") || attribute.ConstructorArguments.IsEmpty)
            {
                continue;
            }

            var arguments = attribute.ConstructorArguments;
            var value = arguments[arguments.Length - 1];
            if (value.IsNull || value.Kind == TypedConstantKind.Array || value.Kind == TypedConstantKind.Error)
            {
                return null;
            }

            var underlying = TypeClassifier.Underlying(memberType);
            if (arguments.Length == 2 && arguments[0].Value is ITypeSymbol stated && !SymbolEqualityComparer.Default.Equals(stated, underlying))
            {
                // [DefaultValue(typeof(Other), "…")] states a value of another type: nothing to document.
                return null;
            }

            if (value.Value is string text && spec.Scalar != ScalarKind.String)
            {
                return ParsedText(text, underlying, spec.Scalar);
            }

            return SymbolEqualityComparer.Default.Equals(value.Type, underlying) ? ValueFormatter.ToConfigText(value.Value, memberType) : null;
        }

        return null;
    }

    // A default written as text, checked and normalised where the generator can parse it, as the binder would read it.
    private static string? ParsedText(string text, ITypeSymbol type, ScalarKind scalar)
    {
        var culture = CultureInfo.InvariantCulture;
        switch (scalar)
        {
            case ScalarKind.TimeSpan:
                return TimeSpan.TryParse(text, culture, out var span) ? span.ToString("c", culture) : null;
            case ScalarKind.Enum:
                foreach (var member in type.GetMembers())
                {
                    if (member is IFieldSymbol { HasConstantValue: true } field && string.Equals(field.Name, text.Trim(), StringComparison.OrdinalIgnoreCase))
                    {
                        return field.Name;
                    }
                }

                return null;
            case ScalarKind.Boolean:
                return bool.TryParse(text, out var flag) ? (flag ? "true" : "false") : null;
            case ScalarKind.Single or ScalarKind.Double or ScalarKind.Decimal:
                return decimal.TryParse(text, NumberStyles.Float, culture, out _) ? text.Trim() : null;
            case ScalarKind.Guid:
                return Guid.TryParse(text, out var guid) ? guid.ToString("D") : null;
            default:
                if (TypeClassifier.IsNumeric(scalar))
                {
                    return long.TryParse(text, NumberStyles.Integer, culture, out var number) ? number.ToString(culture) : null;
                }

                // Uri, Version, dates and the rest: documented as written.
                return text;
        }
    }

    /// <summary>The configuration-file text of a constructor parameter default (<c>default</c> of a value type included).</summary>
    public static string? ReadParameterDefault(IParameterSymbol parameter, TypeSpec spec)
    {
        var value = parameter.ExplicitDefaultValue;
        if (value is not null)
        {
            return ValueFormatter.ToConfigText(value, parameter.Type);
        }

        // null for a reference or Nullable<T> parameter means "no value"; for a value type, it is default(T).
        if (spec.IsNullable || !spec.IsValueType)
        {
            return null;
        }

        return spec.Scalar == ScalarKind.Enum ? ValueFormatter.ToConfigText(0, parameter.Type) : ZeroText(spec);
    }

    private static string? ZeroText(TypeSpec spec) => spec.Scalar switch
    {
        ScalarKind.Boolean => "false",
        ScalarKind.Char => "\0",
        ScalarKind.TimeSpan or ScalarKind.TimeOnly => "00:00:00",
        ScalarKind.DateTime => "0001-01-01T00:00:00.0000000",
        ScalarKind.DateTimeOffset => "0001-01-01T00:00:00.0000000+00:00",
        ScalarKind.DateOnly => "0001-01-01",
        ScalarKind.Guid => "00000000-0000-0000-0000-000000000000",
        ScalarKind.Single or ScalarKind.Double or ScalarKind.Decimal => "0",
        _ when TypeClassifier.IsNumeric(spec.Scalar) || spec.Scalar is ScalarKind.Int128 or ScalarKind.UInt128 => "0",
        _ => null,
    };

    private static string? ReadKnownExpression(IOperation operation, ScalarKind scalar)
    {
        switch (operation)
        {
            case IFieldReferenceOperation { Field.IsStatic: true } field:
                return ReadStaticField(field.Field);

            case IInvocationOperation { TargetMethod.IsStatic: true } invocation when scalar == ScalarKind.TimeSpan
                && IsSystemType(invocation.TargetMethod.ContainingType, "TimeSpan"):
                return FormatTicks(SumTicks(invocation.TargetMethod.Name, invocation.Arguments));

            case IObjectCreationOperation { Constructor: not null } creation:
                return ReadCreation(creation, scalar);

            case IDefaultValueOperation:
                return scalar switch
                {
                    ScalarKind.TimeSpan => "00:00:00",
                    ScalarKind.Guid => "00000000-0000-0000-0000-000000000000",
                    _ => null,
                };

            default:
                return null;
        }
    }

    private static string? ReadStaticField(IFieldSymbol field)
    {
        var type = field.ContainingType;
        if (IsSystemType(type, "TimeSpan"))
        {
            return field.Name switch
            {
                "Zero" => "00:00:00",
                "MaxValue" => FormatTicks(long.MaxValue),
                "MinValue" => FormatTicks(long.MinValue),
                _ => null,
            };
        }

        if (field.Name == "InfiniteTimeSpan" && SymbolNames.Is(type, "System.Threading", "Timeout"))
        {
            return FormatTicks(-TicksPerMillisecond);
        }

        if (field.Name == "Empty" && type.SpecialType == SpecialType.System_String)
        {
            return string.Empty;
        }

        if (field.Name == "Empty" && IsSystemType(type, "Guid"))
        {
            return "00000000-0000-0000-0000-000000000000";
        }

        return null;
    }

    private static string? ReadCreation(IObjectCreationOperation creation, ScalarKind scalar)
    {
        var type = creation.Constructor!.ContainingType;
        if (scalar == ScalarKind.TimeSpan && IsSystemType(type, "TimeSpan"))
        {
            return FormatTicks(SumTicks(".ctor", creation.Arguments));
        }

        if (scalar is ScalarKind.Uri or ScalarKind.Version
            && creation.Arguments.Length == 1
            && creation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string text })
        {
            return text;
        }

        if (scalar == ScalarKind.Version && creation.Arguments.Length is >= 2 and <= 4)
        {
            var parts = new string[creation.Arguments.Length];
            for (var i = 0; i < parts.Length; i++)
            {
                if (creation.Arguments[i].Value.ConstantValue is not { HasValue: true, Value: int part })
                {
                    return null;
                }

                parts[i] = part.ToString(CultureInfo.InvariantCulture);
            }

            return string.Join(".", parts);
        }

        return null;
    }

    /// <summary>
    /// The ticks of a <c>TimeSpan</c> factory or constructor call whose arguments are all constants. Each argument's
    /// unit comes from its parameter's name (<c>days</c>, <c>hours</c>, …; <c>value</c> takes the unit of the factory),
    /// so the double overloads and the .NET 9 integer overloads (<c>FromMinutes(long minutes, long seconds = 0, …)</c>)
    /// read alike. Double arguments truncate to ticks like the runtime does.
    /// </summary>
    private static long? SumTicks(string methodName, System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments)
    {
        long total = 0;
        double fractional = 0;
        var hasDouble = false;
        foreach (var argument in arguments)
        {
            var parameter = argument.Parameter;
            if (parameter is null || argument.Value.ConstantValue is not { HasValue: true } constant)
            {
                return null;
            }

            var unit = UnitOf(parameter.Name == "value" ? methodName : parameter.Name);
            if (unit == 0)
            {
                return null;
            }

            switch (constant.Value)
            {
                case double d:
                    hasDouble = true;
                    fractional += d * unit;
                    break;
                case int or long or short or byte or sbyte or ushort or uint:
                    try
                    {
                        total = checked(total + (checked(Convert.ToInt64(constant.Value, CultureInfo.InvariantCulture) * unit)));
                    }
                    catch (OverflowException)
                    {
                        return null;
                    }

                    break;
                default:
                    return null;
            }
        }

        if (!hasDouble)
        {
            return total;
        }

        var ticks = fractional + total;
        if (double.IsNaN(ticks) || ticks >= long.MaxValue || ticks < long.MinValue)
        {
            return null;
        }

        return (long)ticks;
    }

    private static long UnitOf(string name) => name switch
    {
        "FromDays" or "days" => TicksPerDay,
        "FromHours" or "hours" => TicksPerHour,
        "FromMinutes" or "minutes" => TicksPerMinute,
        "FromSeconds" or "seconds" => TicksPerSecond,
        "FromMilliseconds" or "milliseconds" => TicksPerMillisecond,
        "FromMicroseconds" or "microseconds" => TicksPerMicrosecond,
        "FromTicks" or "ticks" => 1,
        _ => 0,
    };

    private static string? FormatTicks(long? ticks)
        => ticks is { } value ? new TimeSpan(value).ToString("c", CultureInfo.InvariantCulture) : null;

    private static bool IsSystemType(INamedTypeSymbol? type, string name) => SymbolNames.Is(type, "System", name);
}
