namespace SamRL.Atari.Machine;

/// <summary>
/// Steps K independent consoles on K dedicated threads: <see cref="RunFrames"/> wakes every worker, each runs
/// its own console, and the call returns when all are done. Consoles share nothing, so throughput scales with
/// the cores available. The threads live until <see cref="Dispose"/>; a round allocates nothing.
/// </summary>
public sealed class ParallelConsoles : IDisposable
{
    private readonly AtariConsole[] consoles;
    private readonly Thread[] workers;
    private readonly SemaphoreSlim[] startSignals;
    private readonly Exception?[] failures;
    // Each worker releases it once per round. Semaphores rather than ManualResetEventSlim / CountdownEvent, which
    // allocate a lock object on their first blocking wait: a round would allocate the first time a wait blocks.
    private readonly SemaphoreSlim finished = new(0);
    private int framesThisRound;
    private Action<int, AtariConsole>? beforeFrame;
    private volatile bool disposed;

    /// <summary>Starts one worker thread per console. The consoles must be powered on and not used elsewhere meanwhile.</summary>
    /// <exception cref="ArgumentException">The list is empty or contains null or the same console twice.</exception>
    public ParallelConsoles(IReadOnlyList<AtariConsole> consoles)
    {
        ArgumentNullException.ThrowIfNull(consoles);
        if (consoles.Count == 0)
        {
            throw new ArgumentException("At least one console is needed.", nameof(consoles));
        }

        this.consoles = new AtariConsole[consoles.Count];
        for (int i = 0; i < consoles.Count; i++)
        {
            AtariConsole console = consoles[i] ?? throw new ArgumentException($"Console {i} is null.", nameof(consoles));
            if (Array.IndexOf(this.consoles, console, 0, i) >= 0)
            {
                throw new ArgumentException($"Console {i} appears twice; each thread needs its own console.", nameof(consoles));
            }

            this.consoles[i] = console;
        }

        failures = new Exception?[consoles.Count];
        startSignals = new SemaphoreSlim[consoles.Count];
        workers = new Thread[consoles.Count];
        for (int i = 0; i < consoles.Count; i++)
        {
            startSignals[i] = new SemaphoreSlim(0);
            int index = i;
            workers[i] = new Thread(() => Work(index)) { IsBackground = true, Name = $"AtariConsole worker {i}" };
            workers[i].Start();
        }
    }

    /// <summary>Number of consoles (and threads).</summary>
    public int Count => consoles.Length;

    /// <summary>The console stepped by worker <paramref name="index"/>.</summary>
    public AtariConsole this[int index] => consoles[index];

    /// <summary>
    /// Runs <paramref name="frames"/> frames on every console in parallel and waits for all of them.
    /// <paramref name="beforeFrame"/> (console index, console) runs on the console's worker before each frame,
    /// e.g. to set its controllers.
    /// </summary>
    /// <exception cref="AggregateException">One or more consoles failed (e.g. halted); the others finished their frames.</exception>
    public void RunFrames(int frames, Action<int, AtariConsole>? beforeFrame = null)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        ArgumentOutOfRangeException.ThrowIfNegative(frames);
        framesThisRound = frames;
        this.beforeFrame = beforeFrame;
        foreach (SemaphoreSlim signal in startSignals)
        {
            signal.Release();
        }

        for (int i = 0; i < consoles.Length; i++)
        {
            finished.Wait();
        }

        this.beforeFrame = null;
        ThrowFailures();
    }

    /// <summary>Stops and joins the worker threads.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        foreach (SemaphoreSlim signal in startSignals)
        {
            signal.Release();
        }

        foreach (Thread worker in workers)
        {
            worker.Join();
        }

        foreach (SemaphoreSlim signal in startSignals)
        {
            signal.Dispose();
        }

        finished.Dispose();
    }

    private void Work(int index)
    {
        AtariConsole console = consoles[index];
        SemaphoreSlim start = startSignals[index];
        while (true)
        {
            start.Wait();
            if (disposed)
            {
                return;
            }

            try
            {
                Action<int, AtariConsole>? prepare = beforeFrame;
                for (int frame = 0; frame < framesThisRound; frame++)
                {
                    prepare?.Invoke(index, console);
                    console.RunFrame();
                }
            }
            catch (Exception error)
            {
                failures[index] = error;
            }

            finished.Release();
        }
    }

    private void ThrowFailures()
    {
        List<Exception>? errors = null;
        for (int i = 0; i < failures.Length; i++)
        {
            if (failures[i] is { } error)
            {
                (errors ??= []).Add(error);
                failures[i] = null;
            }
        }

        if (errors is not null)
        {
            throw new AggregateException("One or more consoles failed while running frames.", errors);
        }
    }
}
