namespace Veltrix;

/// <summary>What shape of data a schema key expects.</summary>
public enum ConfigKeyKind
{
    /// <summary>A scalar value: a number, string, enum, time span, …</summary>
    Value = 0,

    /// <summary>A nested section with keys of its own.</summary>
    Section,

    /// <summary>A list, bound from <c>Key:0</c>, <c>Key:1</c>, …; its elements appear as <c>Key:*</c>.</summary>
    List,

    /// <summary>A dictionary with string keys; its entries appear as <c>Key:*</c>.</summary>
    Dictionary,
}
