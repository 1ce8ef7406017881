namespace SamRL.Tests.Shared;

/// <summary>
/// The runtime allocates a little (64 bytes here) on a thread's very first blocking wait, whatever it waits on. Tests
/// that count a thread's allocations while it blocks call <see cref="TakeOnThisThread"/> first, so that only the code
/// under test is counted.
/// </summary>
internal static class FirstBlockingWait
{
    /// <summary>Blocks the calling thread once, for about 20 ms.</summary>
    public static void TakeOnThisThread()
    {
        using var released = new SemaphoreSlim(0);
        var releaser = new Thread(() =>
        {
            Thread.Sleep(20);
            released.Release();
        });
        releaser.Start();
        released.Wait();
        releaser.Join();
    }
}
