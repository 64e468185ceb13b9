namespace Veltrix.Etcd.Tests.Infrastructure;

/// <summary>Waits for a condition that another thread makes true (a fake server's counters, a watch started).</summary>
internal static class Poll
{
    /// <summary>Returns once <paramref name="condition"/> holds; throws after 30 seconds.</summary>
    /// <param name="condition">What to wait for, checked every 10 ms.</param>
    /// <param name="what">What the condition means, for the timeout's message.</param>
    public static void Until(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }

            Thread.Sleep(10);
        }
    }
}
