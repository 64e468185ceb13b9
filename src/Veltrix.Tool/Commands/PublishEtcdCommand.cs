using System;
using System.Collections.Generic;
using System.CommandLine;
using Grpc.Core;
using Veltrix.Etcd;
using Veltrix.Tool.Binding;
using Veltrix.Tool.Loading;

namespace Veltrix.Tool.Commands;

/// <summary>
/// <c>veltrix publish-etcd &lt;app&gt; &lt;file&gt; --endpoints … --prefix … [--user name] [--type T]</c>: binds and
/// validates the file with the app's generated code, exactly as a service would load it, and only then writes its keys
/// and the schema hash to etcd in one transaction. The password is read from <c>ETCD_PASSWORD</c>, never from the
/// command line, where <c>ps</c> would show it. Exit 0 published (or already up to date), 1 the file is invalid and
/// nothing was written, 2 could not publish.
/// </summary>
internal static class PublishEtcdCommand
{
    /// <summary>The variable the password is read from.</summary>
    public const string PasswordVariable = "ETCD_PASSWORD";

    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var app = CommonOptions.App();
        var file = new Argument<string>("file") { Description = "The JSON file to publish, shaped like appsettings.json." };
        var endpoints = new Option<string>("--endpoints")
        {
            Description = "etcd endpoints, comma-separated (http://127.0.0.1:2379,...).",
            Required = true,
        };
        var prefix = new Option<string>("--prefix") { Description = "The key prefix the fleet watches (/orders).", Required = true };
        var user = new Option<string?>("--user") { Description = $"The etcd user; the password is read from {PasswordVariable}." };
        var type = new Option<string?>("--type", "-t") { Description = "The schema to validate against, when the app has several." };
        var noBuild = CommonOptions.NoBuild();
        var command = new Command("publish-etcd", "Validate a JSON file with the app's generated binder and validation, then write it to etcd in one transaction with the schema hash. Exit code 0: published; 1: the file is invalid, nothing written; 2: could not publish.")
        {
            app, file, endpoints, prefix, user, type, noBuild,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var target = AppLocator.Resolve(parse.GetRequiredValue(app), !parse.GetValue(noBuild), Console.Error);
            var schema = LoadedApp.Load(target.AssemblyPath).Select(parse.GetValue(type));
            var path = parse.GetRequiredValue(file);
            var uris = new List<Uri>();
            foreach (var endpoint in parse.GetRequiredValue(endpoints).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                uris.Add(Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) ? uri : throw new ToolException($"--endpoints: '{endpoint}' is not an absolute URL."));
            }

            var name = parse.GetValue(user);
            var options = new EtcdSourceOptions
            {
                Endpoints = uris,
                Prefix = parse.GetRequiredValue(prefix),
                Username = name,
                Password = name is null ? null : Environment.GetEnvironmentVariable(PasswordVariable) ?? string.Empty,
            };

            try
            {
                var result = await schema.PublishAsync(path, options, cancellationToken).ConfigureAwait(false);
                Console.WriteLine(result.Unchanged
                    ? $"{options}: already up to date at revision {result.Revision}"
                    : $"{options}: revision {result.Revision}, {result.Written.Count} key(s) written, {result.Deleted.Count} deleted");
                return ExitCodes.Clean;
            }
            catch (ConfigException ex)
            {
                // The file never reached etcd: list every problem, with file, line and key.
                await Console.Error.WriteLineAsync($"{path} is not valid for {schema.TypeName}; nothing was published:{Environment.NewLine}{ex.Message}").ConfigureAwait(false);
                return ExitCodes.Findings;
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or RpcException)
            {
                throw new ToolException($"publish failed, nothing was written: {ex.Message}", ex);
            }
        }));
        return command;
    }
}
