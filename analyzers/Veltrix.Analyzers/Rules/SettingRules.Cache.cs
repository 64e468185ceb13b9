using System;
using System.Collections.Generic;
using Veltrix.Analyzers.Diagnostics;

namespace Veltrix.Analyzers.Rules;

/// <summary>Cache rules (<c>VLX1xxx</c>).</summary>
internal static partial class SettingRules
{
    private static void CheckCacheSize(SettingValue member, int index, RuleThresholds thresholds, List<RuleViolation> violations)
    {
        if (member.Kind != SettingKind.Integer)
        {
            return;
        }

        if (member.Value <= 0)
        {
            // The fix writes a moderate size (veltrix.VLX1001.suggested_size), not 1, which would only hide the mistake,
            // nor the ceiling, which would trade a useless cache for an oversized one.
            var size = Math.Max(1, Math.Min(thresholds.SuggestedCacheSize, thresholds.MaxCacheEntries));
            violations.Add(new RuleViolation(DiagnosticDescriptors.CacheSizeNotPositive, index, false, size, [member.MemberName, member.FormatValue()]));
        }
        else if (member.IsUnboundedCount || member.Value > thresholds.MaxCacheEntries)
        {
            violations.Add(new RuleViolation(
                DiagnosticDescriptors.CacheSizeAboveCeiling, index, false, thresholds.MaxCacheEntries,
                [member.MemberName, member.FormatValue(), member.Format(thresholds.MaxCacheEntries)]));
        }
    }

    private static void CheckCacheTtl(SettingValue member, int index, RuleThresholds thresholds, List<RuleViolation> violations)
    {
        if (!member.IsDuration || member.IsInfiniteDuration)
        {
            // "Never expires" is legitimate when the size is bounded; VLX1005 checks the section.
            return;
        }

        var floor = member.FromComparable(thresholds.MinCacheTtl.Ticks, roundUp: true);
        if (member.Value <= 0)
        {
            violations.Add(new RuleViolation(DiagnosticDescriptors.CacheTtlNotPositive, index, false, floor, [member.MemberName, member.FormatValue()]));
        }
        else if (member.Comparable < thresholds.MinCacheTtl.Ticks)
        {
            violations.Add(new RuleViolation(
                DiagnosticDescriptors.CacheTtlBelowFloor, index, false, floor,
                [member.MemberName, member.FormatValue(), member.Format(floor)]));
        }
    }

    /// <summary>VLX1005: a section with cache members but neither a size bound nor a finite TTL.</summary>
    private static void CheckCacheSection(string sectionName, IReadOnlyList<SettingValue> members, List<RuleViolation> violations)
    {
        var first = -1;
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            if (member.Role == SettingRole.CacheSize)
            {
                // Any size but null bounds the cache or is reported by VLX1001/VLX1002 already; unknown stays silent.
                if (member.Kind != SettingKind.Null)
                {
                    return;
                }
            }
            else if (member.Role == SettingRole.CacheTtl)
            {
                if (member.Kind == SettingKind.Unknown || (member.IsKnown && !member.IsInfiniteDuration))
                {
                    return;
                }
            }
            else
            {
                continue;
            }

            if (first < 0)
            {
                first = i;
            }
        }

        if (first >= 0)
        {
            violations.Add(new RuleViolation(
                DiagnosticDescriptors.CacheUnbounded, first, members[first].Kind == SettingKind.Null, null,
                [sectionName, members[first].MemberName]));
        }
    }

    /// <summary>VLX1006: a sliding TTL longer than the section's absolute TTL.</summary>
    private static void CheckSlidingAgainstAbsolute(IReadOnlyList<SettingValue> members, List<RuleViolation> violations)
    {
        var sliding = -1;
        var absolute = -1;
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            if (member.Role != SettingRole.CacheTtl || !member.IsDuration || member.Value <= 0 || member.IsInfiniteDuration)
            {
                continue;
            }

            if (member.Expiration == CacheExpirationKind.Sliding)
            {
                sliding = sliding < 0 ? i : sliding;
            }
            else
            {
                absolute = absolute < 0 ? i : absolute;
            }
        }

        if (sliding >= 0 && absolute >= 0 && members[sliding].Comparable > members[absolute].Comparable)
        {
            var slide = members[sliding];
            var abs = members[absolute];
            violations.Add(new RuleViolation(
                DiagnosticDescriptors.SlidingExpirationExceedsAbsolute, sliding, false, slide.FromComparable(abs.Comparable, roundUp: false),
                [slide.MemberName, slide.FormatValue(), abs.MemberName, abs.FormatValue()]));
        }
    }
}
