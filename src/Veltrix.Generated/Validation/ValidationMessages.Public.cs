using System.ComponentModel;

namespace Veltrix;

/// <remarks>Public for generated code; the configuration-file analyzers compile the same wording in (internal there).</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class ValidationMessages;
