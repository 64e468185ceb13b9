using System.CommandLine;

namespace Veltrix.Tool.Commands;

/// <summary>Arguments and options several verbs share, spelled and described once.</summary>
internal static class CommonOptions
{
    /// <summary>The app: its assembly, project file or project folder.</summary>
    /// <returns>The argument.</returns>
    public static Argument<string> App() => new("app")
    {
        Description = "The app: its built .dll, or its project file or folder (built first unless --no-build).",
    };

    /// <summary><c>--environment</c>, repeatable.</summary>
    /// <returns>The option.</returns>
    public static Option<string[]> Environments() => new("--environment", "-e")
    {
        Description = "The environment(s) to merge for (appsettings.{Environment}.json); default: every overlay among the files.",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary><c>--env-prefix</c>.</summary>
    /// <returns>The option.</returns>
    public static Option<string?> EnvironmentPrefix() => new("--env-prefix")
    {
        Description = "The prefix the app passes to AddEnvironmentVariables (APP_): only such variables of an environment file are read, the prefix removed.",
    };

    /// <summary><c>--no-build</c>.</summary>
    /// <returns>The option.</returns>
    public static Option<bool> NoBuild() => new("--no-build")
    {
        Description = "Do not build a project named as the app; use its last build.",
    };
}
