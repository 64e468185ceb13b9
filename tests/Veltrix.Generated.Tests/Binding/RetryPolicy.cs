namespace Veltrix.Tests.Binding;

/// <summary>A record section bound through its primary constructor; parameter defaults are the defaults.</summary>
public sealed partial record RetryPolicy(int Attempts = 3, string Strategy = "linear", TimeSpan? Delay = null);
