namespace Veltrix.Tests.Binding;

/// <summary>
/// A record section with a secret primary-constructor parameter: the compiler-made ToString would print it,
/// so the generated one must not.
/// </summary>
public sealed partial record CredentialsRecord(string Login = "svc", [Secret] string? Passphrase = null);
