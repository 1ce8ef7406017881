using SamRL.Atari.Machine;

namespace SamRL.Atari.Tests.Cpu;

/// <summary>The packed last-access record: the data-bus byte and the read flag are independent parts of one field.</summary>
public sealed class SystemClockTests
{
    [Theory]
    [InlineData(0x00, true)]
    [InlineData(0xFF, false)]
    [InlineData(0xA5, true)]
    public void Data_bus_byte_and_read_flag_are_set_independently(int data, bool read)
    {
        var clock = new SystemClock { DataBus = (byte)data, LastAccessWasRead = read };

        Assert.Equal((byte)data, clock.DataBus);
        Assert.Equal(read, clock.LastAccessWasRead);

        clock.DataBus = (byte)~data;
        Assert.Equal(read, clock.LastAccessWasRead);
        Assert.Equal((byte)~data, clock.DataBus);

        clock.LastAccessWasRead = !read;
        Assert.Equal((byte)~data, clock.DataBus);
        Assert.Equal(!read, clock.LastAccessWasRead);
    }

    [Fact]
    public void Packed_record_is_the_byte_plus_the_read_bit()
    {
        var clock = new SystemClock { LastAccess = 0x7E | SystemClock.ReadAccess };

        Assert.Equal(0x7E, clock.DataBus);
        Assert.True(clock.LastAccessWasRead);

        clock.LastAccess = 0x7E;
        Assert.False(clock.LastAccessWasRead);
    }
}
