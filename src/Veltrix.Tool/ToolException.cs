using System;

namespace Veltrix.Tool;

/// <summary>
/// A problem that stops a command before it can give an answer (a missing file, an assembly without schemas, an
/// unreachable etcd): printed as one message, exit code 2.
/// </summary>
internal sealed class ToolException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong and what to do, as a sentence for the user.</param>
    public ToolException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception around its cause.</summary>
    /// <param name="message">What went wrong and what to do.</param>
    /// <param name="inner">The cause.</param>
    public ToolException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception with a generic message (for serializers and tests).</summary>
    public ToolException()
        : base("The command could not run.")
    {
    }
}
