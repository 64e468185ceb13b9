namespace Veltrix.Benchmarks.Reload;

/// <summary>A configuration system watching one JSON file of <see cref="Bench40Config"/>, reporting every change callback.</summary>
internal interface IReloadSubject : IDisposable
{
    /// <summary>The value of the written key the system serves now.</summary>
    int CurrentValue { get; }

    /// <summary>Reloads that failed (a partial file read, for instance) since the subject started.</summary>
    int Failures { get; }
}
