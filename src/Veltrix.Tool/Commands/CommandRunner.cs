using System;
using System.IO;
using System.Threading.Tasks;

namespace Veltrix.Tool.Commands;

/// <summary>Runs a verb's body and turns a <see cref="ToolException"/> into its message and exit code 2.</summary>
internal static class CommandRunner
{
    /// <summary>Runs <paramref name="body"/>.</summary>
    /// <param name="body">The verb.</param>
    /// <returns>Its exit code, or <see cref="ExitCodes.CouldNotRun"/>.</returns>
    public static Task<int> RunAsync(Func<int> body) => RunAsync(() => Task.FromResult(body()));

    /// <summary>Runs <paramref name="body"/>.</summary>
    /// <param name="body">The verb.</param>
    /// <returns>Its exit code, or <see cref="ExitCodes.CouldNotRun"/>.</returns>
    public static async Task<int> RunAsync(Func<Task<int>> body)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (ToolException ex)
        {
            await Console.Error.WriteLineAsync("veltrix: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.CouldNotRun;
        }
        catch (IOException ex)
        {
            await Console.Error.WriteLineAsync("veltrix: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.CouldNotRun;
        }
    }
}
