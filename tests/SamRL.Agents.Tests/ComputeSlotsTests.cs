using System.Collections.Concurrent;
using SamRL.Agents.A3C;

namespace SamRL.Agents.Tests;

public sealed class ComputeSlotsTests
{
    [Fact]
    public void AThreadThatReleasesAndAsksAgainGoesBehindTheOneWaiting()
    {
        var slots = new ComputeSlots(1);
        var order = new ConcurrentQueue<string>();
        slots.Enter(CancellationToken.None);
        var waiter = new Thread(() =>
        {
            slots.Enter(CancellationToken.None);
            order.Enqueue("waiter");
            slots.Exit();
        });
        waiter.Start();
        WaitUntil(() => slots.Waiting == 1);

        slots.Exit();
        slots.Enter(CancellationToken.None);
        order.Enqueue("releaser");
        slots.Exit();
        waiter.Join();
        Assert.Equal(["waiter", "releaser"], order);
    }

    [Fact]
    public void AWaiterThatGivesUpPassesItsTurnOn()
    {
        var slots = new ComputeSlots(1);
        using var cancellation = new CancellationTokenSource();
        slots.Enter(CancellationToken.None);
        Exception? givenUp = null;
        var quitter = new Thread(() => givenUp = Record(() => slots.Enter(cancellation.Token)));
        quitter.Start();
        WaitUntil(() => slots.Waiting == 1);
        bool entered = false;
        var patient = new Thread(() =>
        {
            slots.Enter(CancellationToken.None);
            entered = true;
            slots.Exit();
        });
        patient.Start();
        WaitUntil(() => slots.Waiting == 2);

        cancellation.Cancel();
        quitter.Join();
        Assert.IsType<OperationCanceledException>(givenUp);
        slots.Exit();
        Assert.True(patient.Join(TimeSpan.FromSeconds(10)), "the slot should pass over the abandoned place in line");
        Assert.True(entered);
    }

    [Fact]
    public void AsManyThreadsAsSlotsEnterAtOnce()
    {
        var slots = new ComputeSlots(2);
        slots.Enter(CancellationToken.None);
        slots.Enter(CancellationToken.None);
        Assert.Equal(0, slots.Waiting);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => slots.Enter(cancelled.Token));
    }

    private static Exception? Record(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (Exception exception)
        {
            return exception;
        }
    }

    private static void WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the threads to queue");
            Thread.Sleep(5);
        }
    }
}
