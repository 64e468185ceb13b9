using System;
using System.Collections.Generic;
using System.Text;

namespace Veltrix.Extensions.Hosting;

/// <summary>
/// The problems of a failed load as a log argument: formatted only when the message is written, each problem on its
/// own line (origin, key, message, rule), as <see cref="ConfigException"/> lists them. Problems never hold a secret value.
/// </summary>
/// <param name="errors">The problems.</param>
internal readonly struct ProblemList(IReadOnlyList<ConfigError> errors)
{
    /// <summary>Formats one indented line per problem, each after a line break.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var error in errors)
        {
            text.Append(Environment.NewLine).Append("  ").Append(error);
        }

        return text.ToString();
    }
}
