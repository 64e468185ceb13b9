using System;
using System.Collections.Generic;
using System.Globalization;
using Veltrix.Analyzers.Diagnostics;

namespace Veltrix.Analyzers.Rules;

/// <summary>Concurrency and timeout rules (<c>VLX2xxx</c>).</summary>
internal static partial class SettingRules
{
    private static void CheckCount(SettingValue member, int index, RuleThresholds thresholds, List<RuleViolation> violations)
    {
        if (member.Kind != SettingKind.Integer)
        {
            return;
        }

        // Zero retries is "do not retry", a legitimate choice; zero workers, slots, queue places or pooled items is not.
        // The fix writes that smallest valid value: it runs, visibly serialised, until the author sizes it for the load.
        var minimum = member.Role == SettingRole.RetryCount ? 0 : 1;
        if (member.Value < minimum)
        {
            violations.Add(new RuleViolation(
                DiagnosticDescriptors.ConcurrencyNotPositive, index, minimum,
                [member.MemberName, member.FormatValue(), NounOf(member.Role), minimum.ToString(CultureInfo.InvariantCulture)]));
            return;
        }

        var ceiling = thresholds.CeilingOf(member.Role);
        if (member.Value > ceiling)
        {
            violations.Add(new RuleViolation(
                DiagnosticDescriptors.ConcurrencyAboveCeiling, index, ceiling,
                [member.MemberName, member.FormatValue(), member.Format(ceiling), NounOf(member.Role), RuleThresholds.CeilingOptionOf(member.Role)]));
        }
    }

    private static void CheckTimeout(SettingValue member, int index, RuleThresholds thresholds, List<RuleViolation> violations)
    {
        if (!member.IsDuration)
        {
            return;
        }

        var what = member.IsInfiniteDuration ? "infinite" : member.Value == 0 ? "zero" : member.Value < 0 ? "negative" : null;
        if (what is not null)
        {
            // The fix writes veltrix.VLX2005.suggested_timeout (30 s), kept within the VLX2002 ceiling so that it raises nothing new.
            var suggested = Math.Min(thresholds.SuggestedTimeout.Ticks, thresholds.MaxTimeout.Ticks);
            violations.Add(new RuleViolation(
                DiagnosticDescriptors.TimeoutInfiniteOrZero, index, suggested > 0 ? member.FromComparable(suggested, roundUp: true) : null,
                [member.MemberName, member.FormatValue(), what]));
            return;
        }

        if (member.Comparable > thresholds.MaxTimeout.Ticks)
        {
            var ceiling = member.FromComparable(thresholds.MaxTimeout.Ticks, roundUp: false);
            violations.Add(new RuleViolation(
                DiagnosticDescriptors.ConcurrencyAboveCeiling, index, ceiling,
                [member.MemberName, member.FormatValue(), member.Format(ceiling), NounOf(member.Role), RuleThresholds.MaxTimeoutOption]));
        }
    }

    /// <summary>The first pool, thread count or concurrency limit with a finite positive value, or -1.</summary>
    private static int FindBoundedConsumer(IReadOnlyList<SettingValue> members)
    {
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            if (member.Role is SettingRole.PoolSize or SettingRole.ThreadCount or SettingRole.ConcurrencyLimit
                && member.Kind == SettingKind.Integer && member.Value > 0 && !member.IsUnboundedCount)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>VLX2004: a queue whose capacity is null or unbounded in a section with a bounded consumer.</summary>
    private static void CheckQueueBeforePool(IReadOnlyList<SettingValue> members, int consumer, RuleThresholds thresholds, List<RuleViolation> violations)
    {
        if (consumer < 0)
        {
            return;
        }

        for (var i = 0; i < members.Count; i++)
        {
            var queue = members[i];
            if (queue.Role != SettingRole.QueueCapacity || !(queue.Kind == SettingKind.Null || queue.IsUnboundedCount))
            {
                continue;
            }

            // The fix writes the queue ceiling, for a null queue (replaced, or given an initializer) as for an unbounded count.
            var pool = members[consumer];
            var hidden = queue.IsSecret || pool.IsSecret;
            violations.Add(new RuleViolation(
                DiagnosticDescriptors.UnboundedQueueBeforeBoundedPool, i, thresholds.MaxQueueCapacity,
                [queue.MemberName, Show(queue, hidden), pool.MemberName, Show(pool, hidden), thresholds.MaxQueueCapacity.ToString(CultureInfo.InvariantCulture)]));
        }
    }

    /// <summary>VLX2006: (retries + 1) × the per-attempt timeout longer than the overall timeout.</summary>
    private static void CheckRetryBudget(IReadOnlyList<SettingValue> members, List<RuleViolation> violations)
    {
        int retry = -1, perAttempt = -1, overall = -1;
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            if (member.Role == SettingRole.RetryCount)
            {
                if (retry >= 0)
                {
                    // Two retry counts: which one the timeouts belong to is unknowable, so say nothing.
                    return;
                }

                retry = i;
            }
            else if (member.Role == SettingRole.Timeout && member.IsDuration && member.Value > 0 && !member.IsInfiniteDuration)
            {
                if (member.TimeoutScope == TimeoutScopeKind.PerAttempt && perAttempt < 0)
                {
                    perAttempt = i;
                }
                else if (member.TimeoutScope == TimeoutScopeKind.Overall && overall < 0)
                {
                    overall = i;
                }
            }
        }

        if (retry < 0 || perAttempt < 0 || overall < 0 || members[retry].Kind != SettingKind.Integer || members[retry].Value < 0)
        {
            return;
        }

        var retries = members[retry].Value;
        var attemptTicks = members[perAttempt].Comparable;
        var overallTicks = members[overall].Comparable;

        // Saturate: an absurd retry count must still compare as "too many", not overflow into a small number.
        var attempts = retries == long.MaxValue ? long.MaxValue : retries + 1;
        var total = attempts > long.MaxValue / attemptTicks ? long.MaxValue : attempts * attemptTicks;
        if (total <= overallTicks)
        {
            return;
        }

        var fits = (overallTicks / attemptTicks) - 1;
        var hidden = members[retry].IsSecret || members[perAttempt].IsSecret || members[overall].IsSecret;
        // The retry count the fix writes is computed from the two timeouts: none when either is secret.
        var fromSecret = members[perAttempt].IsSecret || members[overall].IsSecret;
        violations.Add(new RuleViolation(
            DiagnosticDescriptors.RetriesExceedOverallTimeout, retry, fits >= 0 && !fromSecret ? fits : null,
            [
                hidden ? SettingValue.Redacted : attempts.ToString(CultureInfo.InvariantCulture),
                members[retry].MemberName,
                members[perAttempt].MemberName,
                Show(members[perAttempt], hidden),
                hidden ? SettingValue.Redacted : new TimeSpan(total).ToString("c", CultureInfo.InvariantCulture),
                members[overall].MemberName,
                Show(members[overall], hidden),
                hidden ? SettingValue.Redacted : fits >= 0 ? fits.ToString(CultureInfo.InvariantCulture) : "0 (the per-attempt timeout alone is longer)",
            ]));
    }

    private static string NounOf(SettingRole role) => role switch
    {
        SettingRole.ConcurrencyLimit => "concurrency limit",
        SettingRole.ThreadCount => "thread count",
        SettingRole.QueueCapacity => "queue",
        SettingRole.PoolSize => "pool",
        SettingRole.RetryCount => "retry count",
        SettingRole.Timeout => "timeout",
        _ => "setting",
    };
}
