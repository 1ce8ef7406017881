namespace SamRL.Agents.A3C;

/// <summary>
/// A first-come, first-served counting gate: at most <c>slots</c> threads hold a slot at once, and waiting threads
/// get slots in the order they asked. Unlike <see cref="SemaphoreSlim"/>, a thread that releases a slot and asks
/// again at once goes to the back of the line, so with more workers than cores every worker (and the evaluator)
/// gets its turn instead of a few threads re-taking the slots.
/// </summary>
internal sealed class ComputeSlots
{
    private readonly object gate = new();
    private readonly HashSet<long> abandoned = [];
    private long nextTicket;
    private long admitted;

    public ComputeSlots(int slots)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(slots, 1);
        admitted = slots;
    }

    /// <summary>Threads waiting for a slot (including those that gave up but whose turn has not come yet).</summary>
    public long Waiting
    {
        get
        {
            lock (gate) return Math.Max(0, nextTicket - admitted);
        }
    }

    /// <summary>Waits for a slot in arrival order; throws <see cref="OperationCanceledException"/> when <paramref name="cancellation"/> fires first.</summary>
    public void Enter(CancellationToken cancellation)
    {
        using var wake = cancellation.Register(() =>
        {
            lock (gate) Monitor.PulseAll(gate);
        });
        lock (gate)
        {
            long ticket = nextTicket++;
            while (ticket >= admitted)
            {
                if (cancellation.IsCancellationRequested)
                {
                    // Give the place in line up: when the line reaches this ticket, its slot passes straight on.
                    abandoned.Add(ticket);
                    throw new OperationCanceledException(cancellation);
                }
                Monitor.Wait(gate);
            }
        }
    }

    /// <summary>Returns a slot taken with <see cref="Enter"/> to the next thread in line.</summary>
    public void Exit()
    {
        lock (gate)
        {
            admitted++;
            while (abandoned.Remove(admitted - 1)) admitted++;
            Monitor.PulseAll(gate);
        }
    }
}
