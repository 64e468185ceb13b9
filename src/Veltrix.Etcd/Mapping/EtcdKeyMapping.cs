using System;
using System.Text;

namespace Veltrix.Etcd;

/// <summary>
/// Maps etcd keys under a prefix to configuration key paths: <c>/app/Server/Cache/MaxEntries</c> under the prefix
/// <c>/app</c> is <c>Server:Cache:MaxEntries</c>, and back.
/// </summary>
/// <remarks>
/// Each <c>/</c> after the prefix becomes <c>:</c>. A key with an empty segment (<c>/app/a//b</c>, a trailing
/// <c>/</c>) or a <c>:</c> in a segment is invalid: it could alias another key. Keys whose first segment starts with
/// <c>.</c> are reserved for metadata (<c>/app/.veltrix/schema</c> holds the schema hash) and are not configuration.
/// Configuration keys are case-insensitive, so <c>/app/Port</c> and <c>/app/port</c> together are a duplicate, reported
/// with both etcd keys and their revisions.
/// </remarks>
public static class EtcdKeyMapping
{
    /// <summary>Where the schema hash is stored, relative to the prefix.</summary>
    public const string SchemaHashKey = ".veltrix/schema";

    /// <summary>Maps an etcd key to a configuration key path.</summary>
    /// <param name="prefix">The prefix, with or without its trailing <c>/</c>.</param>
    /// <param name="etcdKey">A key under the prefix.</param>
    /// <param name="problem">Why the key is invalid; null when it maps or is reserved.</param>
    /// <returns>The key path, or null for a reserved key, a key outside the prefix, or an invalid key.</returns>
    public static string? ToConfigKey(string prefix, string etcdKey, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(etcdKey);
        problem = null;
        var normalized = prefix.EndsWith('/') ? prefix : prefix + "/";
        if (!etcdKey.StartsWith(normalized, StringComparison.Ordinal))
        {
            return null;
        }

        var relative = etcdKey.AsSpan(normalized.Length);
        if (relative.Length > 0 && relative[0] == '.')
        {
            return null;
        }

        if (relative.IsEmpty)
        {
            problem = "The key is the prefix itself; configuration keys are paths below it.";
            return null;
        }

        if (relative.Contains(':'))
        {
            problem = "The key contains ':', which would alias the key with '/' in its place; use '/' between sections.";
            return null;
        }

        if (relative[0] == '/' || relative[^1] == '/' || relative.Contains("//", StringComparison.Ordinal))
        {
            problem = "The key has an empty segment ('//' or a trailing '/').";
            return null;
        }

        return relative.ToString().Replace('/', ':');
    }

    /// <summary>Maps a configuration key path to the etcd key under a prefix.</summary>
    /// <param name="prefix">The prefix, with or without its trailing <c>/</c>.</param>
    /// <param name="configKey">A key path such as <c>Server:Cache:MaxEntries</c>.</param>
    /// <returns>The etcd key, such as <c>/app/Server/Cache/MaxEntries</c>.</returns>
    public static string ToEtcdKey(string prefix, string configKey)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentException.ThrowIfNullOrEmpty(configKey);
        var text = new StringBuilder(prefix.Length + configKey.Length + 1).Append(prefix);
        if (!prefix.EndsWith('/'))
        {
            text.Append('/');
        }

        return text.Append(configKey.Replace(':', '/')).ToString();
    }

    /// <summary>The first key after every key that starts with <paramref name="prefix"/>, as etcd's range_end wants it.</summary>
    internal static byte[] RangeEnd(byte[] prefix)
    {
        var end = (byte[])prefix.Clone();
        for (var i = end.Length - 1; i >= 0; i--)
        {
            if (end[i] < 0xff)
            {
                end[i]++;
                return end.AsSpan(0, i + 1).ToArray();
            }
        }

        // A prefix of only 0xff bytes has no successor: "\0" means "to the end of the keyspace".
        return [0];
    }
}
