namespace Veltrix.Tests.Live;

/// <summary>
/// The reload-storm schema: 50 int keys (<c>Storm:K00</c> … <c>Storm:K49</c>) that the storm source always sets to one
/// value, so a snapshot whose keys differ is torn.
/// </summary>
[VeltrixConfig("Storm")]
public sealed partial class StormConfig
{
    public const int KeyCount = 50;

    public int K00 { get; init; }

    public int K01 { get; init; }

    public int K02 { get; init; }

    public int K03 { get; init; }

    public int K04 { get; init; }

    public int K05 { get; init; }

    public int K06 { get; init; }

    public int K07 { get; init; }

    public int K08 { get; init; }

    public int K09 { get; init; }

    public int K10 { get; init; }

    public int K11 { get; init; }

    public int K12 { get; init; }

    public int K13 { get; init; }

    public int K14 { get; init; }

    public int K15 { get; init; }

    public int K16 { get; init; }

    public int K17 { get; init; }

    public int K18 { get; init; }

    public int K19 { get; init; }

    public int K20 { get; init; }

    public int K21 { get; init; }

    public int K22 { get; init; }

    public int K23 { get; init; }

    public int K24 { get; init; }

    public int K25 { get; init; }

    public int K26 { get; init; }

    public int K27 { get; init; }

    public int K28 { get; init; }

    public int K29 { get; init; }

    public int K30 { get; init; }

    public int K31 { get; init; }

    public int K32 { get; init; }

    public int K33 { get; init; }

    public int K34 { get; init; }

    public int K35 { get; init; }

    public int K36 { get; init; }

    public int K37 { get; init; }

    public int K38 { get; init; }

    public int K39 { get; init; }

    public int K40 { get; init; }

    public int K41 { get; init; }

    public int K42 { get; init; }

    public int K43 { get; init; }

    public int K44 { get; init; }

    public int K45 { get; init; }

    public int K46 { get; init; }

    public int K47 { get; init; }

    public int K48 { get; init; }

    public int K49 { get; init; }

    /// <summary>How many of the 50 typed properties differ from <see cref="K00"/>: 0 for an untorn snapshot.</summary>
    public int CountDifferentFromFirst()
    {
        var first = K00;
        var different = 0;
        different += K01 == first ? 0 : 1;
        different += K02 == first ? 0 : 1;
        different += K03 == first ? 0 : 1;
        different += K04 == first ? 0 : 1;
        different += K05 == first ? 0 : 1;
        different += K06 == first ? 0 : 1;
        different += K07 == first ? 0 : 1;
        different += K08 == first ? 0 : 1;
        different += K09 == first ? 0 : 1;
        different += K10 == first ? 0 : 1;
        different += K11 == first ? 0 : 1;
        different += K12 == first ? 0 : 1;
        different += K13 == first ? 0 : 1;
        different += K14 == first ? 0 : 1;
        different += K15 == first ? 0 : 1;
        different += K16 == first ? 0 : 1;
        different += K17 == first ? 0 : 1;
        different += K18 == first ? 0 : 1;
        different += K19 == first ? 0 : 1;
        different += K20 == first ? 0 : 1;
        different += K21 == first ? 0 : 1;
        different += K22 == first ? 0 : 1;
        different += K23 == first ? 0 : 1;
        different += K24 == first ? 0 : 1;
        different += K25 == first ? 0 : 1;
        different += K26 == first ? 0 : 1;
        different += K27 == first ? 0 : 1;
        different += K28 == first ? 0 : 1;
        different += K29 == first ? 0 : 1;
        different += K30 == first ? 0 : 1;
        different += K31 == first ? 0 : 1;
        different += K32 == first ? 0 : 1;
        different += K33 == first ? 0 : 1;
        different += K34 == first ? 0 : 1;
        different += K35 == first ? 0 : 1;
        different += K36 == first ? 0 : 1;
        different += K37 == first ? 0 : 1;
        different += K38 == first ? 0 : 1;
        different += K39 == first ? 0 : 1;
        different += K40 == first ? 0 : 1;
        different += K41 == first ? 0 : 1;
        different += K42 == first ? 0 : 1;
        different += K43 == first ? 0 : 1;
        different += K44 == first ? 0 : 1;
        different += K45 == first ? 0 : 1;
        different += K46 == first ? 0 : 1;
        different += K47 == first ? 0 : 1;
        different += K48 == first ? 0 : 1;
        different += K49 == first ? 0 : 1;
        return different;
    }
}
