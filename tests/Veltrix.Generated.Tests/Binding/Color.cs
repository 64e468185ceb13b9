namespace Veltrix.Tests.Binding;

/// <summary>A plain enum; Blue has an explicit value so that binding by number is not binding by position.</summary>
public enum Color
{
    Red = 0,
    Green = 1,
    Blue = 5,
}
