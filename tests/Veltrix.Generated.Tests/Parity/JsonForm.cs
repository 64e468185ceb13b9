namespace Veltrix.Tests.Parity;

/// <summary>How a scalar is written in a JSON document.</summary>
internal enum JsonForm
{
    /// <summary>A JSON string.</summary>
    String,

    /// <summary>A JSON number literal, written with exactly the text of the value.</summary>
    Number,

    /// <summary>The JSON literal <c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>The JSON literal <c>null</c>, which environment variables cannot express.</summary>
    Null,
}
