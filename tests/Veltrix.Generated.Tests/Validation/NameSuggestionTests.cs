namespace Veltrix.Tests.Validation;

/// <summary>
/// The one "did you mean" rule (<see cref="NameSuggestion"/>): enum values and unknown keys at run time, and unknown keys
/// in configuration files at build time (VLX4002), which compiles the same file.
/// </summary>
public sealed class NameSuggestionTests
{
    [Theory]
    [InlineData("Port", "Port", 0)]
    [InlineData("Port", "port", 0)]
    [InlineData("Port", "Prot", 1)]      // a swap of neighbours is one edit
    [InlineData("Port", "Pot", 1)]
    [InlineData("Timeout", "Tiemuot", 2)]
    [InlineData("Port", "Name", 3)]      // capped one above the limit
    [InlineData("Hostile:Port", "Hostile:Porter", 2)]
    [InlineData("Ttl", "TimeToLive", 3)] // lengths alone are too far apart
    public void Distance_OptimalStringAlignment_IgnoresCaseAndCapsAboveTheLimit(string a, string b, int expected)
        => Assert.Equal(expected, NameSuggestion.Distance(a, b, limit: 2));

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(5, 1)]
    [InlineData(6, 2)]
    [InlineData(9, 3)]
    [InlineData(40, 3)]
    public void EditLimit_AThirdOfTheLength_OneToThree(int length, int expected)
        => Assert.Equal(expected, NameSuggestion.EditLimit(length));

    [Theory]
    [InlineData("MaxEntires", "MaxEntries")]                 // a swap
    [InlineData("Tll", "Ttl")]
    [InlineData("Nme", "Name")]                              // a missing letter
    [InlineData("PORT", "Port")]                             // case is not an edit; the candidate's spelling is returned
    [InlineData("RequestTimeout", "request_timeout")]
    [InlineData("Priorty", "Priority")]
    [InlineData("Time", "Timeout")]                          // a name cut short
    [InlineData("MxaEntiresPerShrad", "MaxEntriesPerShard")] // three edits in a long name
    public void Closest_LikelyMisspelling_Suggested(string name, string expected)
        => Assert.Equal(expected, NameSuggestion.Closest(name, Names));

    [Theory]
    [InlineData("Logging")]              // another component's key
    [InlineData("Ti")]                   // too short to be a beginning
    [InlineData("MxaEntiresPrShrad")]    // four edits
    [InlineData("Db")]                   // two edits in two letters is another word ("Ip")
    [InlineData("Pxrx")]                 // two edits ("Port"), more than a four-letter name allows
    public void Closest_NothingClose_SuggestsNothing(string name)
        => Assert.Null(NameSuggestion.Closest(name, Names));

    [Fact]
    public void Closest_OneEditBeatsABeginning_ABeginningBeatsTwoEdits()
    {
        Assert.Equal("Tame", NameSuggestion.Closest("Time", ["Timeout", "Tame"]));
        Assert.Equal("WorkerCount", NameSuggestion.Closest("Worker", ["Walker", "WorkerCount"]));
    }

    [Fact]
    public void Closest_EquallyClose_TheFirstCandidate()
    {
        Assert.Equal("Port", NameSuggestion.Closest("Prot", ["Port", "Prod"]));
        Assert.Equal("Prod", NameSuggestion.Closest("Prot", ["Prod", "Port"]));
        Assert.Null(NameSuggestion.Closest("Prot", []));
    }

    [Theory]
    [InlineData("Hostile:Prot", "Hostile:Port")]
    [InlineData("Hostil:Port", "Hostile:Port")]                  // a typo in the section
    [InlineData("hostile:inner:hots", "Hostile:Inner:Host")]
    [InlineData("Hostile:Time", "Hostile:Timeout")]              // the last segment cut short
    [InlineData("Hostile:Wieghts:eu", "Hostile:Weights:eu")]     // an element keeps the segment written
    [InlineData("Hostile:Innr", "Hostile:Inner")]
    public void ClosestPath_SegmentBySegment_Suggested(string keyPath, string expected)
        => Assert.Equal(expected, NameSuggestion.ClosestPath(keyPath, Paths));

    [Theory]
    [InlineData("Port")]                 // fewer segments: the section is missing, not misspelt
    [InlineData("Hostile:Port:x")]       // more segments
    [InlineData("Hostile:Db")]           // two edits in a two-letter segment
    [InlineData("Host:Port")]            // only the last segment may be cut short
    [InlineData("Logging:LogLevel")]
    public void ClosestPath_NoCloseKeyOfTheSameDepth_SuggestsNothing(string keyPath)
        => Assert.Null(NameSuggestion.ClosestPath(keyPath, Paths));

    private static readonly string[] Names =
    [
        "Port", "Ip", "Name", "Ttl", "Timeout", "MaxEntries", "request_timeout", "Priority", "MaxEntriesPerShard",
    ];

    private static readonly string[] Paths =
    [
        "Hostile", "Hostile:Port", "Hostile:Ip", "Hostile:Name", "Hostile:Timeout", "Hostile:Inner", "Hostile:Inner:Host",
        "Hostile:Inner:Limit", "Hostile:Weights", "Hostile:Weights:*",
    ];
}
