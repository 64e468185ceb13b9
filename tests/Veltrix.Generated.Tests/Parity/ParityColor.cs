namespace Veltrix.Tests.Parity;

/// <summary>A plain enum with a gap in its values, so that numbers that name no member are exercised too.</summary>
public enum ParityColor
{
    Red = 0,
    Green = 1,
    Blue = 2,
    Purple = 10,
}
