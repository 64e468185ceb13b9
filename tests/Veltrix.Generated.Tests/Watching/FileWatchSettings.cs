using System.ComponentModel.DataAnnotations;

namespace Veltrix.Tests.Watching;

/// <summary>
/// The schema of the file-watching tests, a type of its own so that their metric listeners count only their reloads.
/// Keys: Test:Port (int, Range 1..65535, default 80), Test:Name (string, default "default").
/// </summary>
[VeltrixConfig("Test")]
public sealed partial class FileWatchSettings
{
    [Range(1, 65535)]
    public int Port { get; init; } = 80;

    public string Name { get; init; } = "default";
}
