using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Veltrix.Analyzers.Usage;

/// <summary>One read of <c>LiveConfig&lt;T&gt;.Current</c> in an operation block, with what VLX3001 groups it by.</summary>
internal sealed class CurrentRead
{
    /// <summary>Creates a read.</summary>
    /// <param name="operation">The property reference.</param>
    /// <param name="receiver">The local, parameter, field or property holding the <c>LiveConfig&lt;T&gt;</c>.</param>
    /// <param name="scope">The lambda or local function the read runs in, or null for the member's own body.</param>
    /// <param name="weight">1 for a plain read; 2 for a read that runs once per loop iteration.</param>
    public CurrentRead(IPropertyReferenceOperation operation, ISymbol receiver, IOperation? scope, int weight)
    {
        Operation = operation;
        Receiver = receiver;
        Scope = scope;
        Weight = weight;
    }

    /// <summary>The property reference.</summary>
    public IPropertyReferenceOperation Operation { get; }

    /// <summary>The symbol that holds the live configuration.</summary>
    public ISymbol Receiver { get; }

    /// <summary>The reader: a lambda or local function, or null for the member body.</summary>
    public IOperation? Scope { get; }

    /// <summary>How many reads this one stands for.</summary>
    public int Weight { get; }
}
