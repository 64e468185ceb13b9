namespace Veltrix.Tests.Parity;

/// <summary>A flags enum, written as <c>"Read, Write"</c> or as a number.</summary>
[Flags]
public enum ParityAccess
{
    None = 0,
    Read = 1,
    Write = 2,
    Execute = 4,
    All = Read | Write | Execute,
}
