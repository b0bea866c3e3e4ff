using PolicyLint.Core.Documents;
using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Engine;

/// <summary>
/// The clause mapper as the engine shares it between documents checked at once. The first mapper is
/// built on a pool thread as soon as the pool exists, so loading the index and the model overlaps the
/// reading of the first document; a clause waits for it only when it is mapped. A mapper serves one
/// clause at a time (it need not be thread-safe), and another is built only when every built one is
/// busy, up to <see cref="Size"/>. Every mapper comes from the same factory, so which one maps a clause
/// never changes its candidates. A factory failure surfaces on the first Map as a
/// <see cref="MapperUnavailableException"/>, which the engine turns into the one-line error that stops
/// the check, as it did when the mapper was built in line.
/// </summary>
public sealed class MapperPool : IClauseMapper
{
    private readonly Func<IClauseMapper> factory;
    private readonly Lazy<IClauseMapper> first;
    private readonly Stack<IClauseMapper> idle = new();
    private readonly object gate = new();
    private int built;

    public MapperPool(Func<IClauseMapper> factory, int size)
    {
        this.factory = factory ?? throw new ArgumentNullException(nameof(factory));
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        Size = size;
        first = new Lazy<IClauseMapper>(factory, LazyThreadSafetyMode.ExecutionAndPublication);
        _ = Task.Run(() => first.Value).ContinueWith(t => _ = t.Exception, TaskScheduler.Default);
    }

    /// <summary>The most mappers the pool builds.</summary>
    public int Size { get; }

    public IReadOnlyList<ProvisionMatch> Map(Clause clause)
    {
        var mapper = Rent();
        try
        {
            return mapper.Map(clause);
        }
        finally
        {
            lock (gate)
            {
                idle.Push(mapper);
                Monitor.Pulse(gate);
            }
        }
    }

    private IClauseMapper Rent()
    {
        bool isFirst;
        lock (gate)
        {
            while (true)
            {
                if (idle.Count > 0)
                {
                    return idle.Pop();
                }

                if (built < Size)
                {
                    built++;
                    isFirst = built == 1;
                    break;
                }

                Monitor.Wait(gate);
            }
        }

        try
        {
            return isFirst ? first.Value : factory();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Nothing was built: let a waiting clause try (and fail the same way) rather than wait for ever.
            lock (gate)
            {
                built--;
                Monitor.Pulse(gate);
            }

            throw new MapperUnavailableException(e.Message, e);
        }
    }
}

/// <summary>The clause mapper could not be built (a missing or stale model, say); the message is the cause.</summary>
public sealed class MapperUnavailableException : Exception
{
    public MapperUnavailableException()
    {
    }

    public MapperUnavailableException(string message)
        : base(message)
    {
    }

    public MapperUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
