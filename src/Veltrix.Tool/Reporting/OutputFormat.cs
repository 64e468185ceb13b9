namespace Veltrix.Tool.Reporting;

/// <summary>How <c>check</c> writes its findings.</summary>
internal enum OutputFormat
{
    /// <summary>One line per finding as compilers print them (<c>file(line,col): warning VLX1001: …</c>), then a summary.</summary>
    Text,

    /// <summary>One JSON document: the schemas, files and environments checked, the findings and the counts.</summary>
    Json,

    /// <summary>SARIF 2.1.0, which CI systems turn into annotations on the changed lines.</summary>
    Sarif,
}
