using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Veltrix.Generators.Emitting;
using Xunit;

namespace Veltrix.Generators.Tests.Emitting;

/// <summary>
/// The key tables the generator places at compile time, searched by the runtime's <see cref="KeyTable"/>: both sides
/// hash with the one shared <c>KeyHash</c>, so every key is found again, in any case, and nothing else is.
/// </summary>
public sealed class KeyTablePlanTests
{
    [Fact]
    public void Find_TenThousandKeysInThreeCases_FindsEachAtItsOrdinal()
    {
        var keys = Enumerable.Range(0, 10_000)
            .Select(static i => string.Create(CultureInfo.InvariantCulture, $"Section{i / 40:D3}:Group{i % 7}:Setting{i:D5}"))
            .ToArray();
        var table = Table(keys, out var offsets, out var text, out var plan);

        for (var ordinal = 0; ordinal < keys.Length; ordinal++)
        {
            Assert.Equal(ordinal, Find(text, offsets, plan, keys[ordinal]));
            Assert.Equal(ordinal, Find(text, offsets, plan, keys[ordinal].ToUpperInvariant()));
            Assert.Equal(ordinal, Find(text, offsets, plan, keys[ordinal].ToLowerInvariant()));
        }

        Assert.Equal(-1, Find(text, offsets, plan, keys[0] + "0"));
        Assert.Equal(-1, Find(text, offsets, plan, keys[0][..^1]));
        Assert.Equal(-1, Find(text, offsets, plan, "Section000"));
        Assert.Equal(-1, Find(text, offsets, plan, string.Empty));
        // At most half the buckets are used, so that every search ends at an empty one within a few steps.
        Assert.InRange(table.Buckets.Count, keys.Length * 2, keys.Length * 4);
    }

    [Theory]
    [InlineData("Größe", "GRÖßE", true)]
    [InlineData("Größe", "größe", true)]
    [InlineData("Ünits:Max", "üNITS:mAX", true)]
    [InlineData("Kelvin", "\u212Aelvin", false)] // KELVIN SIGN folds to 'k' under Unicode rules, but not under OrdinalIgnoreCase.
    [InlineData("Size", "S\u0131ze", false)] // dotless i is not 'i' under OrdinalIgnoreCase either.
    public void Find_CharactersOutsideAscii_DecidesAsOrdinalIgnoreCase(string key, string lookedUp, bool found)
    {
        Assert.Equal(found, string.Equals(key, lookedUp, StringComparison.OrdinalIgnoreCase));
        string[] keys = ["Port", key, "Timeout", "Cache:MaxEntries"];
        Table(keys, out var offsets, out var text, out var plan);

        Assert.Equal(found ? 1 : -1, Find(text, offsets, plan, lookedUp));
    }

    [Fact]
    public void FindCollection_PathBelowACollectionKey_GivesTheCollectionAndTheRest()
    {
        // Collections take the first ordinals (two here); 'Cache' is a section, not a collection.
        string[] keys = ["Servers", "Cache:Tags", "Cache", "Cache:Size", "Port"];
        Table(keys, out var offsets, out var text, out var plan);
        var table = new KeyTable(text, offsets, plan.Buckets.ToArray(), plan.Seed);

        Assert.Equal(0, table.FindCollection("servers:3:Host", 2, out var rest));
        Assert.Equal("3:Host", rest.ToString());
        Assert.Equal(1, table.FindCollection("CACHE:TAGS:blue", 2, out rest));
        Assert.Equal("blue", rest.ToString());
        Assert.Equal(-1, table.FindCollection("Cache:Size:1", 2, out _));
        Assert.Equal(-1, table.FindCollection("Port", 2, out _));
        Assert.Equal(-1, table.FindCollection("Nothing:0", 2, out _));
    }

    [Fact]
    public void For_SameKeysTwice_PlansTheSameTable()
    {
        var keys = Enumerable.Range(0, 500).Select(static i => "Key" + i.ToString(CultureInfo.InvariantCulture)).ToArray();

        var first = KeyTablePlan.For(keys);
        var second = KeyTablePlan.For(keys);

        Assert.Equal(first.Seed, second.Seed);
        Assert.Equal(first.Buckets, second.Buckets);
    }

    private static KeyTablePlan Table(string[] keys, out int[] offsets, out string text, out KeyTablePlan plan)
    {
        plan = KeyTablePlan.For(keys);
        offsets = new int[keys.Length + 1];
        for (var i = 0; i < keys.Length; i++)
        {
            offsets[i + 1] = offsets[i] + keys[i].Length;
        }

        text = string.Concat(keys);
        return plan;
    }

    private static int Find(string text, int[] offsets, KeyTablePlan plan, string key)
        => new KeyTable(text, offsets, plan.Buckets.ToArray(), plan.Seed).Find(key);
}
