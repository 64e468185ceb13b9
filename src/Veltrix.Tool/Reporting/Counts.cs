using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Veltrix.Tool.Checking;

namespace Veltrix.Tool.Reporting;

/// <summary>How many findings of each severity.</summary>
/// <param name="Errors">Errors.</param>
/// <param name="Warnings">Warnings.</param>
/// <param name="Infos">Informational findings.</param>
internal readonly record struct Counts(int Errors, int Warnings, int Infos)
{
    /// <summary>Counts the findings.</summary>
    /// <param name="findings">The findings.</param>
    /// <returns>The counts.</returns>
    public static Counts Of(IReadOnlyList<Finding> findings)
    {
        int errors = 0, warnings = 0, infos = 0;
        foreach (var finding in findings)
        {
            switch (finding.Severity)
            {
                case DiagnosticSeverity.Error:
                    errors++;
                    break;
                case DiagnosticSeverity.Warning:
                    warnings++;
                    break;
                default:
                    infos++;
                    break;
            }
        }

        return new Counts(errors, warnings, infos);
    }
}
