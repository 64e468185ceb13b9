using System;
using System.Collections.Generic;
using System.Globalization;
using Veltrix.Generators.Emitting;
using Veltrix.Generators.Models;
using Veltrix.Generators.Parsing;

namespace Veltrix.Generators;

public sealed partial class ConfigGenerator
{
    /// <summary>Writes the checks and messages of one member's rules.</summary>
    private sealed partial class RuleWriter(EmitScope scope, SectionSpec section, MemberSpec member)
    {
        private readonly string _keyPath = $"{KeyPath}(path, {CSharp.Literal(member.Key)})";
        private readonly string _fieldPrefix = scope.Stem(section) + "_" + member.Name;
        private readonly bool _secret = scope.IsSecret(section, member);

        public void WriteError(SourceWriter writer, ValidationSpec spec, string messageExpression, string rule)
        {
            var message = spec.ErrorMessage is { } custom ? CSharp.Literal(FormatCustomMessage(spec, custom)) : messageExpression;
            writer.WriteLine($"context.AddError({_keyPath}, {message}, {CSharp.Literal(rule)});");
        }

        /// <summary>A rule that a null value passes: <paramref name="current"/> is the non-null value.</summary>
        public void WriteValueRule(SourceWriter writer, ValidationSpec spec, int index, string current)
        {
            if (spec.Kind == ValidationKind.Relation)
            {
                WriteRelation(writer, spec, index, current);
                return;
            }

            var (condition, message) = spec.Kind switch
            {
                ValidationKind.StringCheck => StringCheck(spec, index, current),
                ValidationKind.Range => Range(spec, index, current),
                ValidationKind.RegularExpression => Pattern(spec, index, current),
                _ => Length(spec, current),
            };

            writer.WriteLine($"if ({condition})");
            writer.OpenBlock();
            WriteError(writer, spec, message, spec.Rule is StringCheckRule check ? check.Name : spec.Kind.ToString());
            writer.CloseBlock();
        }

        /// <summary>
        /// <c>[AtMost]</c>/<c>[AtLeast]</c>: compares with the other member of the same snapshot, so a reload that sets
        /// a minimum above its maximum is rejected as a whole. The error is on this member's key and names the other key.
        /// </summary>
        private void WriteRelation(SourceWriter writer, ValidationSpec spec, int index, string current)
        {
            var relation = (RelationRule)spec.Rule;
            MemberSpec? other = null;
            foreach (var candidate in section.Members)
            {
                if (candidate.Name == relation.OtherMember)
                {
                    other = candidate;
                }
            }

            if (other is null)
            {
                // The other member was left out (and reported); there is nothing to compare with.
                return;
            }

            var atMost = relation.IsAtMost;
            var otherValue = $"value.{CSharp.Id(other.Name)}";
            var operand = otherValue;
            var condition = string.Empty;
            if (other.Type.IsNullable || !other.Type.IsValueType)
            {
                operand = $"other{index}";
                condition = $"{otherValue} is {{ }} {operand} && ";
            }

            condition += $"{current} {(atMost ? ">" : "<")} {operand}";
            var hidden = _secret || scope.IsSecret(section, other);
            var message = $"{Messages}.RelationBroken({(hidden ? "null" : ValueText(member.Type, current))}, {CSharp.Literal(atMost)}, "
                + $"{KeyPath}(path, {CSharp.Literal(other.Key)}), {(hidden ? "null" : ValueText(other.Type, operand))})";

            writer.WriteLine($"if ({condition})");
            writer.OpenBlock();
            WriteError(writer, spec, message, relation.Name);
            writer.CloseBlock();
        }

        /// <summary><c>[AllowedValues]</c> or <c>[DeniedValues]</c>: compared with the value, null included, as DataAnnotations does.</summary>
        public void WriteSetRule(SourceWriter writer, ValidationSpec spec, int index, string value)
        {
            if (spec.Kind == ValidationKind.Compare)
            {
                WriteCompare(writer, spec, value);
                return;
            }

            if (spec.Kind == ValidationKind.Custom)
            {
                WriteCustom(writer, spec, index, value);
                return;
            }

            var type = member.Type;
            var comparedType = type.IsValueType ? type.FullName : type.NonNullableFullName + "?";
            var values = ((ValueListRule)spec.Rule).Values;
            var tests = new List<string>();
            var shown = new List<string>();
            for (var i = 0; i < values.Count; i++)
            {
                var argument = values[i];
                var operand = Operand(argument, comparedType, $"{_fieldPrefix}_Values{index}_{i}");
                tests.Add($"global::System.Collections.Generic.EqualityComparer<{comparedType}>.Default.Equals({value}, {operand})");
                shown.Add(ValueFormatter.Shown(argument));
            }

            var allowed = spec.Kind == ValidationKind.AllowedValues;
            var any = tests.Count == 0 ? "false" : string.Join("\n    || ", tests);
            writer.WriteLine(allowed ? $"if (!({any}))" : $"if ({any})");
            writer.OpenBlock();
            // A secret's message lists no values either: the list narrows the secret down.
            var text = _secret ? "null"
                : type.IsValueType && !type.IsNullable ? ValueText(type, value)
                : $"({value} is {{ }} shown ? {ValueText(type, "shown")} : \"null\")";
            var message = $"{Messages}.{(allowed ? "NotAllowed" : "Denied")}({text}, {CSharp.Literal(string.Join(", ", shown))})";
            WriteError(writer, spec, message, spec.Kind.ToString());
            writer.CloseBlock();
        }

        private (string Condition, string Message) Range(ValidationSpec spec, int index, string current)
        {
            var type = member.Type;
            var range = (RangeRule)spec.Rule;
            var min = Operand(range.Minimum, type.NonNullableFullName, $"{_fieldPrefix}_Min{index}");
            var max = Operand(range.Maximum, type.NonNullableFullName, $"{_fieldPrefix}_Max{index}");
            var condition = "!("
                + Compare(type.Scalar, range.Minimum, current, min, range.MinimumIsExclusive ? ">" : ">=")
                + " && "
                + Compare(type.Scalar, range.Maximum, current, max, range.MaximumIsExclusive ? "<" : "<=")
                + ")";

            return (
                condition,
                $"{Messages}.OutOfRange({Shown(current)}, {CSharp.Literal(range.MinimumText)}, {CSharp.Literal(range.MaximumText)}, "
                    + $"{CSharp.Literal(range.MinimumIsExclusive)}, {CSharp.Literal(range.MaximumIsExclusive)})");
        }

        private (string Condition, string Message) Pattern(ValidationSpec spec, int index, string current)
        {
            var pattern = (PatternRule)spec.Rule;
            var timeout = pattern.MatchTimeoutMilliseconds == -1
                ? "global::System.Text.RegularExpressions.Regex.InfiniteMatchTimeout"
                : $"global::System.TimeSpan.FromMilliseconds({CSharp.Literal(pattern.MatchTimeoutMilliseconds)})";
            var field = $"{_fieldPrefix}_Pattern{index}";
            scope.RuleFields.Add(new RuleField(
                "global::System.Text.RegularExpressions.Regex",
                field,
                $"new({CSharp.Literal(pattern.Pattern)}, global::System.Text.RegularExpressions.RegexOptions.CultureInvariant, {timeout})"));

            return (
                $"!global::Veltrix.GeneratedValidation.IsFullMatch({RulesClass}.{field}, {current})",
                $"{Messages}.PatternMismatch({Shown(current)}, {CSharp.Literal(pattern.Pattern)})");
        }

        private (string Condition, string Message) Length(ValidationSpec spec, string current)
        {
            var type = member.Type;
            var isString = type.Kind == MemberTypeKind.Scalar;
            var length = EmitScope.IsSequence(type.Kind)
                ? SequenceView(current) + "!.Count"
                : current + (isString || IsArrayLike(type.Kind) ? ".Length" : ".Count");
            var method = isString ? "LengthOutOfRange" : EmitScope.IsDictionary(type.Kind) ? "EntryCountOutOfRange" : "ElementCountOutOfRange";
            var limits = (LengthRule)spec.Rule;

            // [StringLength]'s minimum is 0 unless set, and a length is never below 0: only the maximum is checked then.
            var min = limits.Minimum is { } least && !(spec.Kind == ValidationKind.StringLength && least == 0) ? CSharp.Literal(least) : null;
            var max = limits.Maximum is { } most ? CSharp.Literal(most) : null;
            var condition = min is null ? $"{length} > {max}"
                : max is null ? $"{length} < {min}"
                : $"{length} < {min} || {length} > {max}";

            // A secret's length is not shown either: it narrows the secret down.
            return (condition, $"{Messages}.{method}({(_secret ? "null" : length)}, {min ?? "null"}, {max ?? "null"})");
        }

        /// <summary>The value as messages show it, or <c>null</c> for a secret (the message then leaves it out).</summary>
        private string Shown(string current) => _secret ? "null" : ValueText(member.Type, current);

        /// <summary>
        /// <c>current &gt;= bound</c>. An integer bound outside the member type's range (<c>[Range(0, 1000)]</c> on a
        /// <c>byte</c>) compares in a wider type, as DataAnnotations does, instead of against a useless constant; a
        /// real bound compares a <c>decimal</c> or 128-bit member as a <c>double</c>.
        /// </summary>
        private static string Compare(ScalarKind kind, string boundExpression, string current, string bound, string op)
        {
            // The parser admits [Range] only on numbers, TimeSpan and the date and time types: all have these operators.
            var operand = current;
            if (CSharp.IsRealLiteral(boundExpression) && kind is ScalarKind.Decimal or ScalarKind.Int128 or ScalarKind.UInt128)
            {
                operand = $"(double){current}";
            }
            else if (CSharp.IntegerValue(boundExpression) is { } value && !Fits(kind, value))
            {
                operand = value is >= long.MinValue and <= long.MaxValue && kind != ScalarKind.UInt64 ? $"(long){current}" : $"(decimal){current}";
            }

            return $"{operand} {op} {bound}";
        }

        private static bool Fits(ScalarKind kind, decimal value) => kind switch
        {
            ScalarKind.Byte => value is >= byte.MinValue and <= byte.MaxValue,
            ScalarKind.SByte => value is >= sbyte.MinValue and <= sbyte.MaxValue,
            ScalarKind.Int16 => value is >= short.MinValue and <= short.MaxValue,
            ScalarKind.UInt16 => value is >= ushort.MinValue and <= ushort.MaxValue,
            ScalarKind.Int32 => value is >= int.MinValue and <= int.MaxValue,
            ScalarKind.UInt32 => value is >= uint.MinValue and <= uint.MaxValue,
            ScalarKind.Int64 => value is >= long.MinValue and <= long.MaxValue,
            ScalarKind.UInt64 => value is >= ulong.MinValue and <= ulong.MaxValue,
            _ => true,
        };

        /// <summary>A rule argument to compare with: inline when constant-like, else evaluated once into a <c>Rules</c> field.</summary>
        private string Operand(string expression, string type, string fieldName)
        {
            if (CSharp.IsConstantLike(expression))
            {
                return expression;
            }

            scope.RuleFields.Add(new RuleField(type, fieldName, expression));
            return RulesClass + "." + fieldName;
        }

        /// <summary>
        /// A custom <c>ErrorMessage</c>, formatted at compile time with the arguments DataAnnotations passes
        /// (<c>{0}</c> the member name, then the rule's bounds or pattern); used as written when it is not a valid format.
        /// </summary>
        private string FormatCustomMessage(ValidationSpec spec, string message)
        {
            // The arguments each attribute's FormatErrorMessage passes, in its order.
            object[] arguments = spec.Rule switch
            {
                RangeRule range => [member.Name, range.MinimumText, range.MaximumText],
                PatternRule pattern => [member.Name, pattern.Pattern],
                LengthRule limits => spec.Kind switch
                {
                    ValidationKind.MinLength => [member.Name, Number(limits.Minimum)],
                    ValidationKind.MaxLength => [member.Name, Number(limits.Maximum)],
                    ValidationKind.StringLength => [member.Name, Number(limits.Maximum), Number(limits.Minimum)],
                    _ => [member.Name, Number(limits.Minimum), Number(limits.Maximum)],
                },
                StringCheckRule { Extensions: { } extensions } => [member.Name, extensions],
                CompareRule compare => [member.Name, compare.OtherProperty],
                _ => [member.Name],
            };

            try
            {
                return string.Format(CultureInfo.InvariantCulture, message, arguments);
            }
            catch (FormatException)
            {
                return message;
            }

            static string Number(int? value) => (value ?? 0).ToString(CultureInfo.InvariantCulture);
        }
    }
}
