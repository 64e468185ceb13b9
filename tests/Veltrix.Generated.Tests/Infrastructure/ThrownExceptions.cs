using System.Runtime.ExceptionServices;

namespace Veltrix.Tests.Infrastructure;

/// <summary>
/// Counts the exceptions thrown on the thread that created it, caught or not, from creation to disposal: what a test
/// looks at to tell a normal outcome from an exception thrown and caught on the way.
/// </summary>
/// <remarks>
/// The first-chance notification is process-wide; only the creating thread's exceptions are kept, so tests running in
/// parallel on other threads do not count.
/// </remarks>
public sealed class ThrownExceptions : IDisposable
{
    private readonly int _thread = Environment.CurrentManagedThreadId;
    private readonly List<Exception> _thrown = [];

    public ThrownExceptions()
    {
        AppDomain.CurrentDomain.FirstChanceException += OnFirstChance;
    }

    /// <summary>The exceptions thrown on the creating thread so far.</summary>
    public IReadOnlyList<Exception> Thrown
    {
        get
        {
            lock (_thrown)
            {
                return [.. _thrown];
            }
        }
    }

    public void Dispose() => AppDomain.CurrentDomain.FirstChanceException -= OnFirstChance;

    private void OnFirstChance(object? sender, FirstChanceExceptionEventArgs e)
    {
        if (Environment.CurrentManagedThreadId == _thread)
        {
            lock (_thrown)
            {
                _thrown.Add(e.Exception);
            }
        }
    }
}
