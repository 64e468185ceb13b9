namespace Veltrix.Extensions.Hosting.Tests.Infrastructure;

/// <summary>Awaits the next event of a <see cref="LiveConfig{T}"/>, with a generous timeout (never a sleep).</summary>
public static class LiveEvents
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Completes with the next published change; subscribe before triggering the reload.</summary>
    public static Task<ConfigChangedEventArgs<T>> NextChange<T>(LiveConfig<T> live)
        where T : class, IVeltrixConfig<T>
    {
        var next = new TaskCompletionSource<ConfigChangedEventArgs<T>>(TaskCreationOptions.RunContinuationsAsynchronously);
        EventHandler<ConfigChangedEventArgs<T>>? handler = null;
        handler = (_, e) =>
        {
            live.Changed -= handler;
            next.TrySetResult(e);
        };
        live.Changed += handler;
        return next.Task.WaitAsync(Timeout);
    }

    /// <summary>Completes with the next rejected reload; subscribe before triggering the reload.</summary>
    public static Task<ConfigReloadFailedEventArgs> NextFailure<T>(LiveConfig<T> live)
        where T : class, IVeltrixConfig<T>
    {
        var next = new TaskCompletionSource<ConfigReloadFailedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        EventHandler<ConfigReloadFailedEventArgs>? handler = null;
        handler = (_, e) =>
        {
            live.ReloadFailed -= handler;
            next.TrySetResult(e);
        };
        live.ReloadFailed += handler;
        return next.Task.WaitAsync(Timeout);
    }
}
