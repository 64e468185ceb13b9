namespace Veltrix;

/// <summary>Which keys of the loading source must be in the schema.</summary>
internal enum UnknownKeyScope
{
    /// <summary>None: keys the schema does not know are ignored, as Microsoft.Extensions.Configuration does.</summary>
    None = 0,

    /// <summary>Keys under the schema's section; others belong to other consumers of a shared file.</summary>
    Section,

    /// <summary>Every key: the source (a prefixed environment, a command line) exists for this schema alone.</summary>
    All,
}
