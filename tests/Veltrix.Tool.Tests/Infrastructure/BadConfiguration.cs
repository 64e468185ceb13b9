namespace Veltrix.Tool.Tests.Infrastructure;

/// <summary>
/// A deploy's configuration for the sample's <c>ServerConfig</c> with a problem of every kind the build reports in
/// configuration files seeded in: values out of range, an unknown key, values that do not bind, a duplicate key, a
/// TimeSpan written as a bare number, cache and concurrency settings the rules flag, retries that do not fit the
/// overall timeout, and a required key the production overlay clears.
/// </summary>
public static class BadConfiguration
{
    /// <summary>The base file.</summary>
    public const string Base = """
        {
          "Server": {
            "Name": "orders-api",
            "Port": 70000,
            "Prot": 8081,
            "Hosts": [ "localhost" ],
            "Cache": {
              "MaxEntries": 0,
              "Ttl": "abc"
            },
            "Timeouts": {
              "Request": "00:00:30",
              "Connect": 5,
              "Retries": 3
            },
            "Workers": {
              "Count": 0,
              "Mode": "Random",
              "QueueCapacity": 5000,
              "queuecapacity": 10
            }
          }
        }

        """;

    /// <summary>The production overlay.</summary>
    public const string Production = """
        {
          "Server": {
            "Name": null,
            "Cache": { "MaxEntries": 2147483647 },
            "Timeouts": { "Attempt": "00:01:00" }
          }
        }

        """;

    /// <summary>Both files by name.</summary>
    public static IReadOnlyDictionary<string, string> Files { get; } = new Dictionary<string, string>
    {
        ["appsettings.json"] = Base,
        ["appsettings.Production.json"] = Production,
    };

    /// <summary>Rule IDs the seeded problems must raise (a guard that the set stays interesting).</summary>
    public static IReadOnlyList<string> ExpectedIds { get; } =
        ["VLX1001", "VLX1002", "VLX2001", "VLX2006", "VLX4002", "VLX4003", "VLX4004", "VLX4005", "VLX4006", "VLX4007"];
}
