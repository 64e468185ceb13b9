namespace Veltrix.Tests.Parity;

/// <summary>A record section with a primary constructor whose parameter defaults are the defaults.</summary>
public sealed partial record EndpointRecord(string Host = "localhost", int Port = 80, bool Secure = false);
