namespace Veltrix.Generators.Parsing;

/// <summary>Why a candidate property of a section binds no key.</summary>
internal enum OmissionReason
{
    /// <summary>It has no <c>set</c> or <c>init</c> accessor the generated binder can use, and no constructor parameter.</summary>
    NotSettable = 0,

    /// <summary>Its type is not one Veltrix binds (VLX0002).</summary>
    UnsupportedType,

    /// <summary>Its key is invalid (VLX0005) or already bound by another member (VLX0003).</summary>
    KeyConflict,
}
