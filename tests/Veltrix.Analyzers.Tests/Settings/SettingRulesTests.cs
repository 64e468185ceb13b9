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

    // Role and kind as numbers: the enums are internal to the analyzers.
    public static TheoryData<int, int, long, string, string> OneValueRules => new()
    {
        { (int)SettingRole.CacheSize, (int)SettingKind.Integer, 0, DiagnosticIds.CacheSizeNotPositive, "0" },
        { (int)SettingRole.CacheSize, (int)SettingKind.Integer, 987_654_321, DiagnosticIds.CacheSizeAboveCeiling, "987654321" },
        { (int)SettingRole.CacheTtl, (int)SettingKind.Milliseconds, -4_321, DiagnosticIds.CacheTtlNotPositive, "-4321 ms" },
        { (int)SettingRole.CacheTtl, (int)SettingKind.Milliseconds, 321, DiagnosticIds.CacheTtlBelowFloor, "321 ms" },
        { (int)SettingRole.ThreadCount, (int)SettingKind.Integer, -7, DiagnosticIds.ConcurrencyNotPositive, "-7" },
        { (int)SettingRole.PoolSize, (int)SettingKind.Integer, 4_321_987, DiagnosticIds.ConcurrencyAboveCeiling, "4321987" },
        { (int)SettingRole.Timeout, (int)SettingKind.TimeSpan, TimeSpan.MaxValue.Ticks, DiagnosticIds.TimeoutInfiniteOrZero, "TimeSpan.MaxValue" },
        { (int)SettingRole.Timeout, (int)SettingKind.Milliseconds, 7_654_321, DiagnosticIds.ConcurrencyAboveCeiling, "7654321 ms" },
    };

    [Theory]
    [MemberData(nameof(OneValueRules))]
    public void Check_SecretValue_MessageShowsStarsNotTheValue(int role, int kind, long value, string id, string shown)
    {
        var violation = Assert.Single(Check(new SettingValue("Member", (SettingRole)role, (SettingKind)kind, value, isSecret: true)));

        Assert.Equal(id, violation.Descriptor.Id);
        Assert.DoesNotContain(shown, Message(violation), StringComparison.Ordinal);
        Assert.Equal(SettingValue.Redacted, violation.MessageArguments[1]);
    }

    [Theory]
    [MemberData(nameof(OneValueRules))]
    public void Check_NonSecretValue_MessageShowsTheValue(int role, int kind, long value, string id, string shown)
    {
        var violation = Assert.Single(Check(new SettingValue("Member", (SettingRole)role, (SettingKind)kind, value)));

        Assert.Equal(id, violation.Descriptor.Id);
        Assert.Equal(shown, violation.MessageArguments[1]);
        Assert.Contains(shown, Message(violation), StringComparison.Ordinal);
        Assert.DoesNotContain(SettingValue.Redacted, Message(violation), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Check_RelationWithASecretSide_ShowsNeitherValue_AndCopiesNoSecret(bool minimumSecret, bool maximumSecret)
    {
        var violation = Assert.Single(Check(
            new SettingValue("MinWait", SettingRole.Timeout, SettingKind.Milliseconds, 5_432, atMost: "MaxWait", isSecret: minimumSecret),
            new SettingValue("MaxWait", SettingRole.Timeout, SettingKind.Milliseconds, 1_234, isSecret: maximumSecret)));

        Assert.Equal(DiagnosticIds.RelationViolated, violation.Descriptor.Id);
        Assert.DoesNotContain("5432", Message(violation), StringComparison.Ordinal);
        Assert.DoesNotContain("1234", Message(violation), StringComparison.Ordinal);
        // The fix writes the maximum's value into the minimum: only when the maximum is not the secret.
        Assert.Equal(maximumSecret ? null : 1_234, violation.SuggestedValue);
    }

    [Fact]
    public void Check_RelationWithoutSecrets_ShowsBothValues()
    {
        var violation = Assert.Single(Check(
            new SettingValue("MinWait", SettingRole.Timeout, SettingKind.Milliseconds, 5_432, atMost: "MaxWait"),
            new SettingValue("MaxWait", SettingRole.Timeout, SettingKind.Milliseconds, 1_234)));

        Assert.Contains("'MinWait' is 5432 ms but must be at most 'MaxWait' (1234 ms)", Message(violation), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NamedPairWithSecretMaximum_ShowsNeitherValue()
    {
        var violation = Assert.Single(Check(
            new SettingValue("MinThreads", SettingRole.ThreadCount, SettingKind.Integer, 64),
            new SettingValue("MaxThreads", SettingRole.ThreadCount, SettingKind.Integer, 8, isSecret: true)));

        Assert.Equal(DiagnosticIds.RelationViolated, violation.Descriptor.Id);
        Assert.Equal(["MinThreads", SettingValue.Redacted, "MaxThreads", SettingValue.Redacted], Arguments(violation, 0, 1, 3, 4));
    }

    [Fact]
    public void Check_SlidingAboveSecretAbsolute_ShowsNeitherValue_AndCopiesNoSecret()
    {
        var violation = Assert.Single(Check(
            new SettingValue("Idle", SettingRole.CacheTtl, SettingKind.TimeSpan, TimeSpan.FromMinutes(20).Ticks, expiration: CacheExpirationKind.Sliding),
            new SettingValue("Ttl", SettingRole.CacheTtl, SettingKind.TimeSpan, TimeSpan.FromMinutes(10).Ticks, isSecret: true)));

        Assert.Equal(DiagnosticIds.SlidingExpirationExceedsAbsolute, violation.Descriptor.Id);
        Assert.DoesNotContain("00:", Message(violation), StringComparison.Ordinal);
        Assert.Null(violation.SuggestedValue);
    }

    [Fact]
    public void Check_UnboundedQueueBeforeSecretPool_ShowsNeitherValue()
    {
        var violation = Assert.Single(Check(
            new SettingValue("Queue", SettingRole.QueueCapacity, SettingKind.Null, 0, unit: SettingKind.Integer),
            new SettingValue("Pool", SettingRole.PoolSize, SettingKind.Integer, 37, isSecret: true)));

        Assert.Equal(DiagnosticIds.UnboundedQueueBeforeBoundedPool, violation.Descriptor.Id);
        Assert.Equal([SettingValue.Redacted, SettingValue.Redacted], Arguments(violation, 1, 3));
        Assert.DoesNotContain("37", Message(violation), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Check_RetryBudgetWithASecret_ShowsNoValueNorFigureFromThem(int secret)
    {
        var violation = RetryBudget(secret);

        Assert.Equal(DiagnosticIds.RetriesExceedOverallTimeout, violation.Descriptor.Id);
        Assert.Equal(["Retries", "Attempt", "Overall"], Arguments(violation, 1, 2, 5));
        Assert.All(Arguments(violation, 0, 3, 4, 6, 7), static shown => Assert.Equal(SettingValue.Redacted, shown));
        // 3 retries fit: the count is written into Retries, a secret or not, but is computed from the timeouts.
        Assert.Equal(secret == 0 ? 3 : null, violation.SuggestedValue);
    }

    [Fact]
    public void Check_RetryBudgetWithoutSecrets_ShowsEveryFigure()
        => Assert.Equal(["7", "00:00:07", "00:00:49", "00:00:30", "3"], Arguments(RetryBudget(secret: -1), 0, 3, 4, 6, 7));

    // 6 retries of 7 s against 30 s overall; secret is the index of the secret member (0 retries, 1 attempt, 2 overall), or -1.
    private static RuleViolation RetryBudget(int secret)
        => Assert.Single(Check(
            new SettingValue("Retries", SettingRole.RetryCount, SettingKind.Integer, 6, isSecret: secret == 0),
            new SettingValue("Attempt", SettingRole.Timeout, SettingKind.TimeSpan, TimeSpan.FromSeconds(7).Ticks, timeoutScope: TimeoutScopeKind.PerAttempt, isSecret: secret == 1),
            new SettingValue("Overall", SettingRole.Timeout, SettingKind.TimeSpan, TimeSpan.FromSeconds(30).Ticks, timeoutScope: TimeoutScopeKind.Overall, isSecret: secret == 2)));

    private static string Message(RuleViolation violation)
        => string.Format(System.Globalization.CultureInfo.InvariantCulture, violation.Descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), violation.MessageArguments);

    private static string[] Arguments(RuleViolation violation, params int[] indexes)
        => indexes.Select(i => (string)violation.MessageArguments[i]).ToArray();

    private static List<RuleViolation> Check(params SettingValue[] members)
    {
        var violations = new List<RuleViolation>();
        SettingRules.Check("Section", members, RuleThresholds.Default, violations);
        return violations;
    }
}
