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
            violations.Add(new RuleViolation(
                DiagnosticDescriptors.CacheSizeNotPositive, index, thresholds.CacheSizeToSuggest, [member.MemberName, member.FormatValue()]));
        }
        else if (member.IsUnboundedCount || member.Value > thresholds.MaxCacheEntries)
        {
            violations.Add(new RuleViolation(
                DiagnosticDescriptors.CacheSizeAboveCeiling, index, thresholds.MaxCacheEntries,
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
            violations.Add(new RuleViolation(DiagnosticDescriptors.CacheTtlNotPositive, index, floor, [member.MemberName, member.FormatValue()]));
        }
        else if (member.Comparable < thresholds.MinCacheTtl.Ticks)
        {
            violations.Add(new RuleViolation(
                DiagnosticDescriptors.CacheTtlBelowFloor, index, floor,
                [member.MemberName, member.FormatValue(), member.Format(floor)]));
        }
    }

    /// <summary>
    /// VLX1005: a section with cache members but neither a size bound nor a finite TTL. Reported on the first
    /// <c>[CacheSize]</c>, whose fix bounds it with the size VLX1001's fix writes; in a section with TTLs only, on the
    /// first TTL, whose fix writes <c>veltrix.VLX1005.suggested_ttl</c> (kept at or above the VLX1004 floor).
    /// </summary>
    private static void CheckCacheSection(string sectionName, IReadOnlyList<SettingValue> members, RuleThresholds thresholds, List<RuleViolation> violations)
    {
        var firstSize = -1;
        var firstTtl = -1;
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

                firstSize = firstSize < 0 ? i : firstSize;
            }
            else if (member.Role == SettingRole.CacheTtl)
            {
                if (member.Kind == SettingKind.Unknown || (member.IsKnown && !member.IsInfiniteDuration))
                {
                    return;
                }

                firstTtl = firstTtl < 0 ? i : firstTtl;
            }
        }

        // A size is the bound that holds whatever the traffic, so it is preferred where the section has one.
        if (firstSize >= 0)
        {
            violations.Add(new RuleViolation(
                DiagnosticDescriptors.CacheUnbounded, firstSize, thresholds.CacheSizeToSuggest, [sectionName, members[firstSize].MemberName]));
        }
        else if (firstTtl >= 0)
        {
            violations.Add(new RuleViolation(
                DiagnosticDescriptors.CacheUnbounded, firstTtl, SuggestedTtl(members[firstTtl], thresholds), [sectionName, members[firstTtl].MemberName]));
        }
    }

    /// <summary>The TTL VLX1005's fix writes, in <paramref name="ttl"/>'s unit; null when the configured one is not a finite positive duration.</summary>
    private static long? SuggestedTtl(SettingValue ttl, RuleThresholds thresholds)
    {
        var ticks = Math.Max(thresholds.SuggestedCacheTtl.Ticks, thresholds.MinCacheTtl.Ticks);
        var suggested = ttl.FromComparable(ticks, roundUp: true);
        return ticks <= 0 || (ttl.Unit == SettingKind.Milliseconds && suggested >= int.MaxValue) ? null : suggested;
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
            var hidden = slide.IsSecret || abs.IsSecret;
            // The fix copies the absolute TTL: not a secret one, which would then be printed as the sliding TTL.
            violations.Add(new RuleViolation(
                DiagnosticDescriptors.SlidingExpirationExceedsAbsolute, sliding, abs.IsSecret ? null : slide.FromComparable(abs.Comparable, roundUp: false),
                [slide.MemberName, Show(slide, hidden), abs.MemberName, Show(abs, hidden)]));
        }
    }
}
