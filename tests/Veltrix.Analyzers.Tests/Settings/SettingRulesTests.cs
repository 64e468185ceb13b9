using Veltrix.Analyzers.Diagnostics;
using Veltrix.Analyzers.Rules;

namespace Veltrix.Analyzers.Tests.Settings;

/// <summary>
/// <see cref="SettingRules"/> as the configuration-file analyzer calls it: values without any C# syntax.
/// </summary>
public sealed class SettingRulesTests
{
    [Fact]
    public void Check_UnknownAndNullValues_ReportNothingPerValue()
    {
        var violations = Check(
            new SettingValue("Size", SettingRole.CacheSize, SettingKind.Unknown, 0),
            new SettingValue("Ttl", SettingRole.CacheTtl, SettingKind.Unknown, 0),
            new SettingValue("Workers", SettingRole.ThreadCount, SettingKind.Null, 0));

        Assert.Empty(violations);
    }

    [Fact]
    public void Check_MillisecondTimeoutAboveTimeSpanCeiling_SuggestsCeilingInMilliseconds()
    {
        var violation = Assert.Single(Check(new SettingValue("TimeoutMs", SettingRole.Timeout, SettingKind.Milliseconds, 3_600_000)));

        Assert.Equal(DiagnosticIds.ConcurrencyAboveCeiling, violation.Descriptor.Id);
        Assert.Equal(600_000, violation.SuggestedValue);
        Assert.Equal("3600000 ms", violation.MessageArguments[1]);
    }

    [Fact]
    public void Check_RelationAcrossUnits_ComparesDurationsInTicks()
    {
        var violation = Assert.Single(Check(
            new SettingValue("AttemptMs", SettingRole.Timeout, SettingKind.Milliseconds, 5_000, atMost: "Overall"),
            new SettingValue("Overall", SettingRole.Timeout, SettingKind.TimeSpan, TimeSpan.FromSeconds(2).Ticks)));

        Assert.Equal(DiagnosticIds.RelationViolated, violation.Descriptor.Id);
        Assert.Equal(0, violation.MemberIndex);
    }

    [Fact]
    public void Check_RelationBetweenNumberAndDuration_IsIgnored()
    {
        Assert.Empty(Check(
            new SettingValue("Workers", SettingRole.ThreadCount, SettingKind.Integer, 500, atMost: "Overall"),
            new SettingValue("Overall", SettingRole.Timeout, SettingKind.TimeSpan, TimeSpan.FromSeconds(2).Ticks)));
    }

    [Fact]
    public void Check_HugeRetryCount_SaturatesInsteadOfOverflowing()
    {
        var violations = Check(
            new SettingValue("Retries", SettingRole.RetryCount, SettingKind.Integer, long.MaxValue),
            new SettingValue("Attempt", SettingRole.Timeout, SettingKind.TimeSpan, TimeSpan.FromSeconds(1).Ticks, timeoutScope: TimeoutScopeKind.PerAttempt),
            new SettingValue("Overall", SettingRole.Timeout, SettingKind.TimeSpan, TimeSpan.FromSeconds(30).Ticks, timeoutScope: TimeoutScopeKind.Overall));

        Assert.Contains(violations, static v => v.Descriptor.Id == DiagnosticIds.RetriesExceedOverallTimeout && v.SuggestedValue == 29);
        Assert.Contains(violations, static v => v.Descriptor.Id == DiagnosticIds.ConcurrencyAboveCeiling);
    }

    [Fact]
    public void Check_PerAttemptLongerThanOverall_OffersNoRetryCount()
    {
        var violation = Assert.Single(Check(
            new SettingValue("Retries", SettingRole.RetryCount, SettingKind.Integer, 0),
            new SettingValue("Attempt", SettingRole.Timeout, SettingKind.TimeSpan, TimeSpan.FromSeconds(60).Ticks, timeoutScope: TimeoutScopeKind.PerAttempt),
            new SettingValue("Overall", SettingRole.Timeout, SettingKind.TimeSpan, TimeSpan.FromSeconds(30).Ticks, timeoutScope: TimeoutScopeKind.Overall)));

        Assert.Equal(DiagnosticIds.RetriesExceedOverallTimeout, violation.Descriptor.Id);
        Assert.Null(violation.SuggestedValue);
    }

    [Fact]
    public void Check_MemberOrderAndSectionRules_AreDeterministic()
    {
        var violations = Check(
            new SettingValue("Ttl", SettingRole.CacheTtl, SettingKind.TimeSpan, -TimeSpan.TicksPerMillisecond),
            new SettingValue("Size", SettingRole.CacheSize, SettingKind.Null, 0),
            new SettingValue("Workers", SettingRole.ThreadCount, SettingKind.Integer, 0));

        Assert.Equal([DiagnosticIds.ConcurrencyNotPositive, DiagnosticIds.CacheUnbounded], violations.Select(static v => v.Descriptor.Id));
        Assert.Equal(1, violations[1].MemberIndex);
    }

    [Fact]
    public void Check_UnboundedCacheWithSize_SuggestsSizeOnFirstSizeMember()
    {
        var violation = Assert.Single(Check(
            new SettingValue("Ttl", SettingRole.CacheTtl, SettingKind.Null, 0, unit: SettingKind.TimeSpan),
            new SettingValue("Size", SettingRole.CacheSize, SettingKind.Null, 0, unit: SettingKind.Integer),
            new SettingValue("Bytes", SettingRole.CacheSize, SettingKind.Null, 0, unit: SettingKind.Integer)));

        Assert.Equal(DiagnosticIds.CacheUnbounded, violation.Descriptor.Id);
        Assert.Equal(1, violation.MemberIndex);
        Assert.Equal(10_000, violation.SuggestedValue);
    }

    [Fact]
    public void Check_UnboundedCacheWithTtlsOnly_SuggestsTtlInTheMembersUnit()
    {
        var violation = Assert.Single(Check(
            new SettingValue("IdleMs", SettingRole.CacheTtl, SettingKind.Null, 0, expiration: CacheExpirationKind.Sliding, unit: SettingKind.Milliseconds),
            new SettingValue("Ttl", SettingRole.CacheTtl, SettingKind.TimeSpan, -TimeSpan.TicksPerMillisecond)));

        Assert.Equal(DiagnosticIds.CacheUnbounded, violation.Descriptor.Id);
        Assert.Equal(0, violation.MemberIndex);
        Assert.Equal(600_000, violation.SuggestedValue);
    }

    [Fact]
    public void Check_DeclaredRelationsBrokenBothWays_OnlyTheAtMostSideSuggestsAValue()
    {
        var violations = Check(
            new SettingValue("MinWait", SettingRole.Timeout, SettingKind.Milliseconds, 5_000, atMost: "MaxWait"),
            new SettingValue("MaxWait", SettingRole.Timeout, SettingKind.TimeSpan, TimeSpan.FromMilliseconds(1_500.5).Ticks, atLeast: "MinWait"));

        Assert.Equal(2, violations.Count);
        Assert.All(violations, static v => Assert.Equal(DiagnosticIds.RelationViolated, v.Descriptor.Id));
        Assert.Equal(1_500, violations[0].SuggestedValue);
        Assert.Null(violations[1].SuggestedValue);
    }

    [Fact]
    public void TakesPart_UnboundedCache_EveryCacheMemberButOnlyTheReportedOneOtherwise()
    {
        SettingValue[] members =
        [
            new("Size", SettingRole.CacheSize, SettingKind.Null, 0, unit: SettingKind.Integer),
            new("Ttl", SettingRole.CacheTtl, SettingKind.Null, 0, unit: SettingKind.TimeSpan),
            new("Workers", SettingRole.ThreadCount, SettingKind.Integer, 0),
        ];
        var violations = Check(members);
        var unbounded = Assert.Single(violations, static v => v.Descriptor.Id == DiagnosticIds.CacheUnbounded);
        var workers = Assert.Single(violations, static v => v.Descriptor.Id == DiagnosticIds.ConcurrencyNotPositive);

        Assert.Equal([true, true, false], Enumerable.Range(0, 3).Select(i => SettingRules.TakesPart(unbounded, i, members)));
        Assert.Equal([false, false, true], Enumerable.Range(0, 3).Select(i => SettingRules.TakesPart(workers, i, members)));
    }

    private static List<RuleViolation> Check(params SettingValue[] members)
    {
        var violations = new List<RuleViolation>();
        SettingRules.Check("Section", members, RuleThresholds.Default, violations);
        return violations;
    }
}
