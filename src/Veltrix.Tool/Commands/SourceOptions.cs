using System;
using System.Collections.Generic;
using System.CommandLine;
using Veltrix.Etcd;
using Veltrix.Tool.Binding;

namespace Veltrix.Tool.Commands;

/// <summary>The options that add sources beyond files to a configuration set (<c>explain</c>, <c>diff</c>).</summary>
internal sealed class SourceOptions
{
    /// <summary>Creates the options.</summary>
    public SourceOptions()
    {
        Environment = new Option<string?>("--environment", "-e")
        {
            Description = "The environment whose appsettings.{Environment}.json overlay applies; default: the only overlay among the files.",
        };
        Prefix = CommonOptions.EnvironmentPrefix();
        Set = new Option<string[]>("--set")
        {
            Description = "A command-line argument the app receives, as KEY=VALUE (Server:Port=9090); repeatable; merged last, as AddCommandLine.",
        };
        EtcdEndpoints = new Option<string?>("--etcd")
        {
            Description = "Also read etcd (comma-separated endpoints) after the files, as AddEtcd; with --etcd-prefix. The password comes from ETCD_PASSWORD.",
        };
        EtcdPrefix = new Option<string?>("--etcd-prefix") { Description = "The etcd key prefix (/orders)." };
        EtcdUser = new Option<string?>("--etcd-user") { Description = "The etcd user." };
        Type = new Option<string?>("--type", "-t") { Description = "The schema, when the app has several." };
    }

    /// <summary><c>--environment</c>.</summary>
    public Option<string?> Environment { get; }

    /// <summary><c>--env-prefix</c>.</summary>
    public Option<string?> Prefix { get; }

    /// <summary><c>--set</c>.</summary>
    public Option<string[]> Set { get; }

    /// <summary><c>--etcd</c>.</summary>
    public Option<string?> EtcdEndpoints { get; }

    /// <summary><c>--etcd-prefix</c>.</summary>
    public Option<string?> EtcdPrefix { get; }

    /// <summary><c>--etcd-user</c>.</summary>
    public Option<string?> EtcdUser { get; }

    /// <summary><c>--type</c>.</summary>
    public Option<string?> Type { get; }

    /// <summary>Adds the options to a command.</summary>
    /// <param name="command">The command.</param>
    public void AddTo(Command command)
    {
        command.Options.Add(Environment);
        command.Options.Add(Prefix);
        command.Options.Add(Set);
        command.Options.Add(EtcdEndpoints);
        command.Options.Add(EtcdPrefix);
        command.Options.Add(EtcdUser);
        command.Options.Add(Type);
    }

    /// <summary>Builds one configuration set from files and these options.</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="paths">The set's files and directories.</param>
    /// <returns>The set.</returns>
    public ConfigSet CreateSet(ParseResult parse, IReadOnlyList<string> paths)
    {
        EtcdSourceOptions? etcd = null;
        if (parse.GetValue(EtcdEndpoints) is { } endpoints)
        {
            var uris = new List<Uri>();
            foreach (var endpoint in endpoints.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                uris.Add(Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) ? uri : throw new ToolException($"--etcd: '{endpoint}' is not an absolute URL."));
            }

            var user = parse.GetValue(EtcdUser);
            etcd = new EtcdSourceOptions
            {
                Endpoints = uris,
                Prefix = parse.GetValue(EtcdPrefix) ?? throw new ToolException("--etcd needs --etcd-prefix."),
                Username = user,
                Password = user is null ? null : System.Environment.GetEnvironmentVariable(PublishEtcdCommand.PasswordVariable) ?? string.Empty,
            };
        }

        var arguments = new List<string>();
        foreach (var pair in parse.GetValue(Set) ?? [])
        {
            arguments.Add("--" + pair);
        }

        return ConfigSet.Create(paths, parse.GetValue(Environment), parse.GetValue(Prefix) ?? string.Empty, etcd, arguments);
    }
}
