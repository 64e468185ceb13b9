namespace Veltrix.Tests.Parity;

/// <summary>One key path whose bound values differ.</summary>
/// <param name="Path">The key path (<c>Routes:0:Priority</c>).</param>
/// <param name="ConfigurationBinder">ConfigurationBinder's value, formatted.</param>
/// <param name="Veltrix">Veltrix's value, formatted.</param>
/// <param name="Message">The whole difference in one sentence.</param>
internal sealed record GraphDifference(string Path, string ConfigurationBinder, string Veltrix, string Message);
