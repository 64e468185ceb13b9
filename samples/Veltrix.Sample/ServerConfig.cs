using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;

namespace Veltrix.Sample;

/// <summary>The configuration of the sample server, bound from the "Server" section.</summary>
[VeltrixConfig("Server")]
public sealed partial class ServerConfig
{
    /// <summary>The name this instance reports in logs.</summary>
    [Required]
    public string Name { get; init; } = "sample";

    /// <summary>The TCP port to listen on.</summary>
    [Range(1, 65535)]
    public int Port { get; init; } = 8080;

    /// <summary>The host names the server answers to; an environment's file lists them all (it replaces the base list).</summary>
    [ListMerge(ListMergeMode.Replace)]
    public IReadOnlyList<string> Hosts { get; init; } = ["localhost"];

    /// <summary>The response cache.</summary>
    public CacheConfig Cache { get; init; } = new();

    /// <summary>Timeouts of outgoing and incoming calls.</summary>
    public TimeoutConfig Timeouts { get; init; } = new();

    /// <summary>The background worker pool.</summary>
    public WorkerConfig Workers { get; init; } = new();

    /// <summary>The connection string of the backing database.</summary>
    [Secret]
    public string? DatabasePassword { get; init; }
}

/// <summary>The response cache.</summary>
public sealed partial class CacheConfig
{
    /// <summary>The most entries the cache holds.</summary>
    [CacheSize]
    [Range(1, 10_000_000)]
    public int MaxEntries { get; init; } = 10_000;

    /// <summary>How long an entry lives after it is written.</summary>
    [CacheTtl]
    public TimeSpan Ttl { get; init; } = TimeSpan.FromMinutes(5);
}

/// <summary>Timeouts of outgoing and incoming calls.</summary>
public sealed partial class TimeoutConfig
{
    /// <summary>How long a request may take end to end, every retry included.</summary>
    [Timeout(TimeoutScope.Overall)]
    public TimeSpan Request { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one attempt of an outgoing call may take.</summary>
    [Timeout(TimeoutScope.PerAttempt)]
    [AtMost(nameof(Request))]
    public TimeSpan Attempt { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long opening a database connection may take.</summary>
    [Timeout]
    public TimeSpan Connect { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How many times a failed call is retried.</summary>
    /// <remarks>
    /// Deliberately too many for the timeouts above: 3 attempts of 15 s do not fit in 30 s, so the build shows
    /// warning VLX2006 here (see README, "Analyzers"). Retries = 1 makes it go away.
    /// </remarks>
    [RetryCount]
    [Range(0, 10)]
    public int Retries { get; init; } = 2;
}

/// <summary>The background worker pool.</summary>
public sealed partial class WorkerConfig
{
    /// <summary>How many workers run.</summary>
    [ThreadCount]
    [Range(1, 1024)]
    public int Count { get; init; } = 4;

    /// <summary>How many queued jobs the pool accepts before rejecting new ones.</summary>
    [QueueCapacity]
    [Range(1, 1_000_000)]
    public int QueueCapacity { get; init; } = 1_000;

    /// <summary>How work is scheduled.</summary>
    public SchedulingMode Mode { get; init; } = SchedulingMode.Fifo;
}

/// <summary>How workers pick the next job.</summary>
public enum SchedulingMode
{
    /// <summary>Oldest job first.</summary>
    Fifo,

    /// <summary>Newest job first.</summary>
    Lifo,

    /// <summary>Highest priority first.</summary>
    Priority,
}
