namespace SamRL.Memory.Tests;

public sealed class TensorMemoryReuseTests
{
    // The effect (large freed blocks reused instead of re-faulted) shows on the process's main heap, which xunit's
    // worker threads do not use; `task copy` measures it: 4.1 M -> 1.1 M page faults and 40.5 -> 32.1 s of CPU for three iterations.
    [Fact]
    public void GlibcAcceptsTheSettingsAndAcceptsThemAgain()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.False(TensorMemoryReuse.Enable());
            return;
        }
        Assert.True(TensorMemoryReuse.Enable());
        Assert.True(TensorMemoryReuse.Enable());
    }
}
