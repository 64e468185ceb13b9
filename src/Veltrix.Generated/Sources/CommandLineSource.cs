using System;
using System.Collections.Generic;
namespace Veltrix;
/// <summary>Replaced by the command-line source implementation.</summary>
public sealed class CommandLineSource : IConfigSource
{
    /// <summary>x</summary>
    public CommandLineSource(IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? switchMappings) { _ = args; _ = switchMappings; }
    /// <inheritdoc/>
    public string Name => "command line";
    /// <inheritdoc/>
    public void Load(ConfigDataBuilder builder) => throw new NotSupportedException();
}
