using System.Runtime.ExceptionServices;
using SamRL.Environments.Core;
using SamRL.Environments.Spaces;

namespace SamRL.Environments.Vector;

/// <summary>
/// Steps its environments on dedicated worker threads, each owning a contiguous range of environments
/// (Gymnasium's <c>AsyncVectorEnv</c>, with threads instead of processes). <see cref="StepAsync"/> sends the
/// actions and returns at once; <see cref="StepWait"/> blocks until every worker is done. Stepping allocates
/// nothing. One caller at a time: the send/receive pair is not thread-safe. Dispose it: the workers are
/// threads that wait for commands until <see cref="Dispose"/> stops them.
/// </summary>
/// <typeparam name="TObservation">Observation element type.</typeparam>
/// <typeparam name="TAction">Action type of one environment.</typeparam>
public sealed class AsyncVectorEnv<TObservation, TAction> : IVectorEnv<TObservation, TAction>
    where TObservation : unmanaged
{
    private readonly VectorEnvSlots<TObservation, TAction> slots;
    private readonly TAction[] actions;
    private readonly Worker[] workers;
    // Each worker releases it once per command. Not a CountdownEvent: its ManualResetEventSlim allocates a lock
    // object the first time a wait has to block, so a caller that only ever spun so far would allocate mid-run.
    private readonly SemaphoreSlim finished = new(0);
    private Command command;
    private Command pending;
    private ulong? resetSeed;
    private bool disposed;

    /// <summary>Creates <paramref name="count"/> environments with <paramref name="factory"/> (on the calling thread) and starts the workers.</summary>
    /// <param name="count">Number of environments.</param>
    /// <param name="factory">Creates environment <c>i</c>.</param>
    /// <param name="workerCount">Worker threads; default <c>min(count, processor count)</c>, at most <paramref name="count"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> or <paramref name="workerCount"/> is not positive.</exception>
    /// <exception cref="ArgumentException">The environments do not share one observation shape.</exception>
    public AsyncVectorEnv(int count, Func<int, IEnv<TObservation, TAction>> factory, int? workerCount = null)
    {
        if (workerCount is { } requested)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(requested, nameof(workerCount));
        }

        slots = new(count, factory);
        actions = new TAction[count];
        var threads = Math.Min(workerCount ?? Environment.ProcessorCount, count);
        workers = new Worker[threads];
        for (var w = 0; w < threads; w++)
        {
            workers[w] = new Worker(this, w * count / threads, (w + 1) * count / threads, w);
        }
    }

    private enum Command
    {
        None,
        Reset,
        Step,
        Exit,
    }

    /// <inheritdoc />
    public int Count => slots.Count;

    /// <summary>The number of worker threads.</summary>
    public int WorkerCount => workers.Length;

    /// <inheritdoc />
    public IArraySpace<TObservation> SingleObservationSpace => slots.ObservationSpace;

    /// <inheritdoc />
    public ISpace<TAction> SingleActionSpace => slots.ActionSpace;

    /// <inheritdoc />
    public VectorResetResult<TObservation> Reset(ulong? seed = null)
    {
        ResetAsync(seed);
        return ResetWait();
    }

    /// <summary>Starts resetting every environment on the workers; finish with <see cref="ResetWait"/>.</summary>
    /// <exception cref="InvalidOperationException">A previous send has not been received.</exception>
    public void ResetAsync(ulong? seed = null)
    {
        EnsureIdle();
        resetSeed = seed;
        Dispatch(Command.Reset);
    }

    /// <summary>Waits for <see cref="ResetAsync"/> and returns the first observations.</summary>
    /// <exception cref="InvalidOperationException">No reset was sent.</exception>
    public VectorResetResult<TObservation> ResetWait()
    {
        Receive(Command.Reset);
        slots.HasBeenReset = true;
        return slots.ResetResult();
    }

    /// <inheritdoc />
    public VectorStepResult<TObservation> Step(ReadOnlySpan<TAction> actions)
    {
        StepAsync(actions);
        return StepWait();
    }

    /// <summary>Copies <paramref name="actions"/> and starts stepping on the workers; finish with <see cref="StepWait"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="actions"/> does not have <see cref="Count"/> elements.</exception>
    /// <exception cref="InvalidOperationException">Not reset yet, or a previous send has not been received.</exception>
    public void StepAsync(ReadOnlySpan<TAction> actions)
    {
        EnsureIdle();
        slots.EnsureActions(actions);
        actions.CopyTo(this.actions);
        Dispatch(Command.Step);
    }

    /// <summary>Waits for <see cref="StepAsync"/> and returns the step's results.</summary>
    /// <exception cref="InvalidOperationException">No step was sent.</exception>
    public VectorStepResult<TObservation> StepWait()
    {
        Receive(Command.Step);
        return slots.StepResult();
    }

    /// <summary>Waits for outstanding work, stops the workers and disposes every environment.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        if (pending != Command.None)
        {
            WaitForWorkers();
        }

        command = Command.Exit;
        foreach (var worker in workers)
        {
            worker.Start.Release();
        }

        foreach (var worker in workers)
        {
            worker.Thread.Join();
            worker.Start.Dispose();
        }

        finished.Dispose();
        slots.Dispose();
    }

    private void EnsureIdle()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (pending != Command.None)
        {
            throw new InvalidOperationException($"A {pending} was sent and not received; call {pending}Wait first.");
        }
    }

    private void Dispatch(Command next)
    {
        command = next;
        pending = next;
        foreach (var worker in workers)
        {
            worker.Start.Release();
        }
    }

    private void Receive(Command expected)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (pending != expected)
        {
            throw new InvalidOperationException(
                pending == Command.None
                    ? $"{expected}Wait was called without a matching {expected}Async."
                    : $"{expected}Wait was called while a {pending} is outstanding; call {pending}Wait.");
        }

        WaitForWorkers();
        pending = Command.None;
        ThrowWorkerErrors();
    }

    private void WaitForWorkers()
    {
        for (var w = 0; w < workers.Length; w++)
        {
            finished.Wait();
        }
    }

    private void ThrowWorkerErrors()
    {
        List<Exception>? errors = null;
        foreach (var worker in workers)
        {
            if (worker.Error is { } error)
            {
                (errors ??= []).Add(error);
                worker.Error = null;
            }
        }

        if (errors is null)
        {
            return;
        }

        if (errors.Count == 1)
        {
            ExceptionDispatchInfo.Throw(errors[0]);
        }

        throw new AggregateException("Several vector-env workers failed.", errors);
    }

    private sealed class Worker
    {
        private readonly AsyncVectorEnv<TObservation, TAction> owner;
        private readonly int start;
        private readonly int end;

        public Worker(AsyncVectorEnv<TObservation, TAction> owner, int start, int end, int index)
        {
            (this.owner, this.start, this.end) = (owner, start, end);
            Thread = new Thread(Run) { IsBackground = true, Name = $"SamRL vector env worker {index}" };
            Thread.Start();
        }

        public SemaphoreSlim Start { get; } = new(0);

        public Thread Thread { get; }

        public Exception? Error { get; set; }

        private void Run()
        {
            while (true)
            {
                Start.Wait();
                var command = owner.command;
                if (command == Command.Exit)
                {
                    return;
                }

                try
                {
                    if (command == Command.Step)
                    {
                        owner.slots.StepRange(start, end, owner.actions);
                    }
                    else
                    {
                        owner.slots.ResetRange(start, end, owner.resetSeed);
                    }
                }
                catch (Exception error)
                {
                    Error = error;
                }
                finally
                {
                    owner.finished.Release();
                }
            }
        }
    }
}
