using System.Collections.Generic;
using Veltrix.Analyzers.Diagnostics;

namespace Veltrix.Analyzers.Rules;

/// <summary>
/// The cache (<c>VLX1xxx</c>) and concurrency/timeout (<c>VLX2xxx</c>) rules as pure functions over one section's
/// settings. One implementation, applied in two places: the C# analyzer (values written in code) and the
/// configuration-file analyzer (values in <c>appsettings*.json</c>). Callers build a <see cref="SettingValue"/> per
/// member of a section, in declaration order, call <see cref="Check"/>, and map each <see cref="RuleViolation"/>
/// back to where its member's value was written.
/// </summary>
/// <remarks>
/// Allocation-light: nothing is allocated unless a rule is broken (then the violation and its message arguments).
/// Members whose <see cref="SettingValue.Kind"/> is <see cref="SettingKind.Unknown"/> are never reported and make
/// section rules that depend on them stay silent, so a value computed at run time never causes a false positive.
/// </remarks>
/// <example>
/// Applying the rules to a configuration file: describe each member of the section once from its symbol
/// (<see cref="Settings.SettingSymbols.Describe"/>), pair it with the file's value in the member's unit, check, and
/// report each violation on the JSON token of <c>members[violation.MemberIndex]</c> (or on the section's object when
/// <see cref="RuleViolation.AtMember"/> is true):
/// <code>
/// var declaration = settingSymbols.Describe(property.Name, property.Type, property.GetAttributes(), default);
/// members.Add(declaration.ToValue(SettingKind.TimeSpan, TimeSpan.Parse(json, CultureInfo.InvariantCulture).Ticks));
/// SettingRules.Check("Server:Cache", members, RuleThresholds.From(options.GetOptions(additionalText)), violations);
/// </code>
/// </example>
internal static partial class SettingRules
{
    /// <summary>Checks every member of one section, then the rules that relate members of the section.</summary>
    /// <param name="sectionName">The section's name for messages (the C# type name, or the JSON section path).</param>
    /// <param name="members">The section's settings (those with a role or a relation; others may be included and are skipped).</param>
    /// <param name="thresholds">The limits to apply (<see cref="RuleThresholds.Default"/> or read from <c>.editorconfig</c>).</param>
    /// <param name="violations">Receives the broken rules, in member order then section-rule order.</param>
    public static void Check(string sectionName, IReadOnlyList<SettingValue> members, RuleThresholds thresholds, List<RuleViolation> violations)
    {
        var boundedConsumer = FindBoundedConsumer(members);
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            if (!member.IsKnown)
            {
                continue;
            }

            switch (member.Role)
            {
                case SettingRole.CacheSize:
                    CheckCacheSize(member, i, thresholds, violations);
                    break;
                case SettingRole.CacheTtl:
                    CheckCacheTtl(member, i, thresholds, violations);
                    break;
                case SettingRole.Timeout:
                    CheckTimeout(member, i, thresholds, violations);
                    break;
                case SettingRole.QueueCapacity when boundedConsumer >= 0 && member.IsUnboundedCount:
                    // Reported by VLX2004, which names the pool it floods; one diagnostic per value.
                    break;
                case SettingRole.ConcurrencyLimit or SettingRole.ThreadCount or SettingRole.QueueCapacity or SettingRole.PoolSize or SettingRole.RetryCount:
                    CheckCount(member, i, thresholds, violations);
                    break;
            }

            if (member.AtMost is not null || member.AtLeast is not null)
            {
                CheckRelations(member, i, members, violations);
            }
        }

        CheckCacheSection(sectionName, members, violations);
        CheckSlidingAgainstAbsolute(members, violations);
        CheckQueueBeforePool(members, boundedConsumer, thresholds, violations);
        CheckRetryBudget(members, violations);
    }

    private static void CheckRelations(SettingValue member, int index, IReadOnlyList<SettingValue> members, List<RuleViolation> violations)
    {
        if (member.AtMost is { } atMost && Find(members, atMost) is var max && max >= 0 && Comparable(member, members[max])
            && member.Comparable > members[max].Comparable)
        {
            violations.Add(new RuleViolation(
                DiagnosticDescriptors.RelationViolated, index, false, null,
                [member.MemberName, member.FormatValue(), "at most", atMost, members[max].FormatValue()]));
        }

        if (member.AtLeast is { } atLeast && Find(members, atLeast) is var min && min >= 0 && Comparable(member, members[min])
            && member.Comparable < members[min].Comparable)
        {
            violations.Add(new RuleViolation(
                DiagnosticDescriptors.RelationViolated, index, false, null,
                [member.MemberName, member.FormatValue(), "at least", atLeast, members[min].FormatValue()]));
        }
    }

    /// <summary>Both values known and in the same family (two numbers, or two durations).</summary>
    private static bool Comparable(SettingValue left, SettingValue right)
        => left.IsKnown && right.IsKnown && left.IsDuration == right.IsDuration;

    private static int Find(IReadOnlyList<SettingValue> members, string memberName)
    {
        for (var i = 0; i < members.Count; i++)
        {
            if (string.Equals(members[i].MemberName, memberName, System.StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
