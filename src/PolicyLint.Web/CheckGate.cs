namespace PolicyLint.Web;

/// <summary>
/// Bounds the checks that run at once. A request past the running limit waits in a queue; past the
/// queue limit it is turned away at once (the caller answers 503), so a burst cannot pile up work.
/// </summary>
public sealed class CheckGate : IDisposable
{
    private readonly SemaphoreSlim slots;
    private readonly int queueLimit;
    private int waiting;

    public CheckGate(int maxConcurrent, int queueLimit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrent, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(queueLimit);
        slots = new SemaphoreSlim(maxConcurrent, maxConcurrent);
        this.queueLimit = queueLimit;
    }

    /// <summary>Checks waiting for a slot now.</summary>
    public int Waiting => Volatile.Read(ref waiting);

    /// <summary>A slot to release when the check is done, or null when the queue is full.</summary>
    public async Task<IDisposable?> EnterAsync(CancellationToken cancel)
    {
        if (await slots.WaitAsync(0, cancel).ConfigureAwait(false))
        {
            return new Slot(slots);
        }

        if (Interlocked.Increment(ref waiting) > queueLimit)
        {
            Interlocked.Decrement(ref waiting);
            return null;
        }

        try
        {
            await slots.WaitAsync(cancel).ConfigureAwait(false);
            return new Slot(slots);
        }
        finally
        {
            Interlocked.Decrement(ref waiting);
        }
    }

    public void Dispose() => slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
