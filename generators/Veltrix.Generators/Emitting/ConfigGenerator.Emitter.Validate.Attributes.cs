using Veltrix.Generators.Emitting;
using Veltrix.Generators.Models;

namespace Veltrix.Generators;

public sealed partial class ConfigGenerator
{
    private sealed partial class RuleWriter
    {
        private const string AttributeType = "global::System.ComponentModel.DataAnnotations.ValidationAttribute";

        /// <summary>
        /// <c>[EmailAddress]</c>, <c>[Url]</c>, …: the attribute, created once, decides with its own <c>IsValid(object)</c>,
        /// which reads nothing but the string.
        /// </summary>
        private (string Condition, string Message) StringCheck(ValidationSpec spec, int index, string current)
        {
            var check = (StringCheckRule)spec.Rule;
            var field = RuleInstance(check.Construction, index);
            return ($"!{field}.IsValid({current})", $"{Messages}.NotExpected({Shown(current)}, {CSharp.Literal(check.Expected)})");
        }

        /// <summary>
        /// <c>[Compare("Other")]</c>: equal values pass, null included, as <c>CompareAttribute</c> decides (with
        /// <c>object.Equals</c>); the error is on this member's key and names the other key, never a value.
        /// </summary>
        private void WriteCompare(SourceWriter writer, ValidationSpec spec, string value)
        {
            var compare = (CompareRule)spec.Rule;
            var other = $"value.{CSharp.Id(compare.OtherProperty)}";
            var type = member.Type;
            var comparedType = type.IsValueType ? type.FullName : type.NonNullableFullName + "?";
            var equal = compare.IsSameType
                ? $"global::System.Collections.Generic.EqualityComparer<{comparedType}>.Default.Equals({value}, {other})"
                : $"global::System.Object.Equals({value}, {other})";

            MemberSpec? otherMember = null;
            foreach (var candidate in section.Members)
            {
                if (candidate.Name == compare.OtherProperty)
                {
                    otherMember = candidate;
                }
            }

            var otherName = otherMember is null
                ? CSharp.Literal(compare.OtherProperty)
                : $"{KeyPath}(path, {CSharp.Literal(otherMember.Key)})";
            writer.WriteLine($"if (!{equal})");
            writer.OpenBlock();
            WriteError(writer, spec, $"{Messages}.NotEqual({otherName})", "Compare");
            writer.CloseBlock();
        }

        /// <summary>
        /// Any other <c>ValidationAttribute</c>: created once as written, asked through <c>GetValidationResult</c> with a
        /// trim-safe <c>ValidationContext</c>; its own message is reported.
        /// </summary>
        private void WriteCustom(SourceWriter writer, ValidationSpec spec, int index, string value)
        {
            var attribute = (AttributeRule)spec.Rule;
            var field = RuleInstance(attribute.Construction, index);
            writer.WriteLine(
                $"global::Veltrix.GeneratedValidation.Validate({field}, {value}, value, {CSharp.Literal(member.Name)}, path, {CSharp.Literal(member.Key)}, context, {CSharp.Literal(attribute.Name)}, {CSharp.Literal(_secret)});");
        }

        /// <summary>A <c>Rules</c> field holding the attribute, created on first validation and shared, as DataAnnotations shares its attribute instances.</summary>
        private string RuleInstance(string construction, int index)
        {
            var field = $"{_fieldPrefix}_Rule{index}";
            scope.RuleFields.Add(new RuleField(AttributeType, field, construction));
            return RulesClass + "." + field;
        }
    }
}
