using System;
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
/// A secret value (<see cref="SettingValue.IsSecret"/>) is never in a message: it reads <c>***</c>, and so does every
/// value of a rule about several members when one of them is secret; no fix value is taken from a secret member for
/// another member.
/// </remarks>
/// <example>
/// Applying the rules to a configuration file: describe each member of the section once from its symbol
/// (<see cref="Settings.SettingSymbols.Describe"/>), pair it with the file's value in the member's unit, check, and
/// report each violation on the JSON token of <c>members[violation.MemberIndex]</c> (see <see cref="TakesPart"/> for a
/// rule about the whole section):
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

        CheckCacheSection(sectionName, members, thresholds, violations);
        CheckSlidingAgainstAbsolute(members, violations);
        CheckQueueBeforePool(members, boundedConsumer, thresholds, violations);
        CheckRetryBudget(members, violations);
        CheckNamedPairs(members, violations);
    }

    /// <summary>
    /// Whether <paramref name="members"/>[<paramref name="index"/>] takes part in <paramref name="violation"/>: it is
    /// the member reported, or the rule judges the section as a whole (VLX1005: every size and TTL) and it is one of
    /// the members judged. A configuration file that does not set the reported member but sets another that takes part
    /// reports the violation there: its value is as much the cause.
    /// </summary>
    /// <param name="violation">A violation <see cref="Check"/> returned for <paramref name="members"/>.</param>
    /// <param name="index">The index of a member.</param>
    /// <param name="members">The members given to <see cref="Check"/>.</param>
    /// <returns>True when the member takes part.</returns>
    public static bool TakesPart(in RuleViolation violation, int index, IReadOnlyList<SettingValue> members)
        => index == violation.MemberIndex
            || (ReferenceEquals(violation.Descriptor, DiagnosticDescriptors.CacheUnbounded) && members[index].Role is SettingRole.CacheSize or SettingRole.CacheTtl);

    /// <summary>The end of VLX2003's message for a declared relation.</summary>
    private const string EnforcedTail = "; the generated validation rejects this at startup and on reload";

    /// <summary>
    /// VLX2003 for a minimum and a maximum paired by name (<c>MinX</c>/<c>MaxX</c>, <c>XMin</c>/<c>XMax</c>, and the
    /// <c>Minimum</c>/<c>Maximum</c> spellings) with no relation declared between them: the same role (or no role on
    /// one side) and both numbers or both durations. A declared relation is <see cref="CheckRelations"/>'s.
    /// </summary>
    private static void CheckNamedPairs(IReadOnlyList<SettingValue> members, List<RuleViolation> violations)
    {
        for (var i = 0; i < members.Count; i++)
        {
            var min = members[i];
            var j = min.IsKnown ? FindMaximum(members, min.MemberName) : -1;
            if (j < 0)
            {
                continue;
            }

            var max = members[j];
            if (!Comparable(min, max)
                || (min.Role != SettingRole.None && max.Role != SettingRole.None && min.Role != max.Role)
                || Declared(min, max.MemberName) || Declared(max, min.MemberName)
                || min.Comparable <= max.Comparable)
            {
                continue;
            }

            // [AtMost] allows one target: offer it only where the minimum declares none yet.
            var hidden = min.IsSecret || max.IsSecret;
            violations.Add(new RuleViolation(
                DiagnosticDescriptors.RelationViolated, i, null,
                [
                    min.MemberName, Show(min, hidden), "at most", max.MemberName, Show(max, hidden),
                    "; no relation is declared, so nothing rejects it: fix the values and add [AtMost(nameof(" + max.MemberName + "))]",
                ])
            {
                SuggestedAtMost = min.AtMost is null ? max.MemberName : null,
            });
        }
    }

    /// <summary>The index of the maximum paired with <paramref name="name"/> by name, or -1; allocates nothing.</summary>
    private static int FindMaximum(IReadOnlyList<SettingValue> members, string name)
    {
        foreach (var (min, max) in Spellings)
        {
            var stem = name.Length - min.Length;
            var prefix = IsPrefix(name, min);
            if (!prefix && !IsSuffix(name, min))
            {
                continue;
            }

            for (var i = 0; i < members.Count; i++)
            {
                var candidate = members[i].MemberName;
                if (candidate.Length == stem + max.Length
                    && (prefix
                        ? candidate.StartsWith(max, StringComparison.Ordinal) && string.CompareOrdinal(candidate, max.Length, name, min.Length, stem) == 0
                        : candidate.EndsWith(max, StringComparison.Ordinal) && string.CompareOrdinal(candidate, 0, name, 0, stem) == 0))
                {
                    return i;
                }
            }

            return -1;
        }

        return -1;
    }

    // A prefix followed by a capital (MinThreads, not Mint), or a suffix after a lower-case letter or digit (ThreadsMin, not Admin).
    private static bool IsPrefix(string name, string min)
        => name.Length > min.Length && name.StartsWith(min, StringComparison.Ordinal) && char.IsUpper(name[min.Length]);

    private static bool IsSuffix(string name, string min)
        => name.Length > min.Length && name.EndsWith(min, StringComparison.Ordinal)
            && char.IsLetterOrDigit(name[name.Length - min.Length - 1]) && !char.IsUpper(name[name.Length - min.Length - 1]);

    private static bool Declared(SettingValue member, string other)
        => string.Equals(member.AtMost, other, StringComparison.Ordinal) || string.Equals(member.AtLeast, other, StringComparison.Ordinal);

    /// <summary>The name of the maximum paired with <paramref name="name"/> when it names a minimum, otherwise null.</summary>
    internal static string? MaximumNameOf(string name)
    {
        foreach (var (min, max) in Spellings)
        {
            if (IsPrefix(name, min))
            {
                return max + name.Substring(min.Length);
            }

            if (IsSuffix(name, min))
            {
                return name.Substring(0, name.Length - min.Length) + max;
            }
        }

        return null;
    }

    private static readonly (string Min, string Max)[] Spellings = [("Minimum", "Maximum"), ("Min", "Max")];

    /// <summary>
    /// VLX2003 for a declared relation. The fix moves the reported value to the other member's, in the reported member's
    /// unit: a minimum lowered to its maximum (<c>[AtMost]</c>), a maximum raised to its minimum (<c>[AtLeast]</c>). The
    /// value written on the side that declares the relation is taken as the one to correct; where both sides declare
    /// it (and both are reported) only the <c>[AtMost]</c> side gets a fix, so that Fix All does not move both values.
    /// </summary>
    private static void CheckRelations(SettingValue member, int index, IReadOnlyList<SettingValue> members, List<RuleViolation> violations)
    {
        // The fix copies the other member's value: not a secret's, which would then be printed as this member's.
        if (member.AtMost is { } atMost && Find(members, atMost) is var max && max >= 0 && Comparable(member, members[max])
            && member.Comparable > members[max].Comparable)
        {
            var other = members[max];
            var hidden = member.IsSecret || other.IsSecret;
            violations.Add(new RuleViolation(
                DiagnosticDescriptors.RelationViolated, index, other.IsSecret ? null : member.FromComparable(other.Comparable, roundUp: false),
                [member.MemberName, Show(member, hidden), "at most", atMost, Show(other, hidden), EnforcedTail]));
        }

        if (member.AtLeast is { } atLeast && Find(members, atLeast) is var min && min >= 0 && Comparable(member, members[min])
            && member.Comparable < members[min].Comparable)
        {
            var other = members[min];
            var hidden = member.IsSecret || other.IsSecret;
            var reciprocal = string.Equals(other.AtMost, member.MemberName, StringComparison.Ordinal);
            violations.Add(new RuleViolation(
                DiagnosticDescriptors.RelationViolated, index, reciprocal || other.IsSecret ? null : member.FromComparable(other.Comparable, roundUp: true),
                [member.MemberName, Show(member, hidden), "at least", atLeast, Show(other, hidden), EnforcedTail]));
        }
    }

    /// <summary>
    /// A value as a rule about several members shows it: when any of them is secret, none is (next to a value shown, a
    /// comparison narrows the secret down), as the generated validation words a broken relation; the same holds for any
    /// figure computed from them.
    /// </summary>
    private static string Show(SettingValue member, bool hidden) => hidden ? SettingValue.Redacted : member.FormatValue();

    /// <summary>Both values known and in the same family (two numbers, or two durations).</summary>
    private static bool Comparable(SettingValue left, SettingValue right)
        => left.IsKnown && right.IsKnown && left.IsDuration == right.IsDuration;

    private static int Find(IReadOnlyList<SettingValue> members, string memberName)
    {
        for (var i = 0; i < members.Count; i++)
        {
            if (string.Equals(members[i].MemberName, memberName, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
