using System;
using System.CommandLine;
using Veltrix.Tool;
using Veltrix.Tool.Commands;

var root = new RootCommand("veltrix: check, explain, diff and publish configuration against the schemas compiled into a Veltrix app.")
{
    CheckCommand.Create(),
    ExplainCommand.Create(),
    DiffCommand.Create(),
    PublishEtcdCommand.Create(),
    SchemaCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    // A usage error means nothing was checked: exit 2, as for any other "could not check".
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine("veltrix: " + error.Message);
    }

    Console.Error.WriteLine("Run 'veltrix --help' or 'veltrix <command> --help' for the usage.");
    return ExitCodes.CouldNotRun;
}

return await parse.InvokeAsync();
