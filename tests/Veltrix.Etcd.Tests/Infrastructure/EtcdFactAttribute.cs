namespace Veltrix.Etcd.Tests.Infrastructure;

/// <summary>
/// A test that needs a real etcd server. On a machine without etcd the test is skipped, and the skip reason gives
/// the install command, so `dotnet test` still passes on a machine with only the .NET SDK. Under <c>CI=true</c>
/// the test always runs: there a missing etcd fails it with the same message (.ci/run installs etcd).
/// </summary>
public sealed class EtcdFactAttribute : FactAttribute
{
    /// <summary>Skips the test when <see cref="EtcdServer.SkipReason"/> says so.</summary>
    public EtcdFactAttribute()
    {
        if (EtcdServer.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
