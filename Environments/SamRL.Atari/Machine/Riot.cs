namespace SamRL.Atari.Machine;

/// <summary>
/// The 6532 RIOT as ALE's Stella 2.4.2 <c>M6532</c> emulates it (ALE_REFERENCE §9.2): 128 bytes of RAM
/// (read and written directly by the <see cref="Bus"/> through <see cref="Ram"/>), the I/O ports SWCHA/SWCHB
/// read straight from the <see cref="ControllerPorts"/> (DDRs are stored but ignored on read), and the interval
/// timer with Stella's read-back rules. Registers are decoded from the low address bits like Stella, so every
/// I/O address answers. There is no edge-detect interrupt (a 2600 has no IRQ line).
/// </summary>
public sealed class Riot : IBusDevice
{
    private readonly SystemClock _clock;
    private readonly ControllerPorts _ports;
    private readonly Mt19937 _systemRandom;

    private uint _timer;
    private int _intervalShift;
    private long _cyclesWhenTimerSet;
    private long _cyclesWhenInterruptReset;
    private bool _timerReadAfterInterrupt;

    /// <summary>
    /// Builds the chip at power-on: the RAM gets the low bytes of 128 consecutive outputs of
    /// <paramref name="systemRandom"/>, then a <see cref="Reset"/> draws the timer start (§2.1 step 2).
    /// </summary>
    public Riot(SystemClock clock, ControllerPorts ports, Mt19937 systemRandom)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(ports);
        ArgumentNullException.ThrowIfNull(systemRandom);
        _clock = clock;
        _ports = ports;
        _systemRandom = systemRandom;
        for (int i = 0; i < Ram.Length; i++)
        {
            Ram[i] = (byte)systemRandom.Next();
        }

        Reset();
    }

    /// <summary>The 128 bytes at $80–$FF (index = address &amp; $7F).</summary>
    public byte[] Ram { get; } = new byte[128];

    /// <summary>Data direction register of port A (SWACNT), as last written.</summary>
    public byte DataDirectionA { get; private set; }

    /// <summary>Data direction register of port B (SWBCNT); writes are ignored, as in Stella.</summary>
    public byte DataDirectionB { get; private set; }

    /// <summary>The value the timer was last loaded with.</summary>
    public uint TimerStart => _timer;

    /// <summary>
    /// System reset (§2.1): the timer restarts at 25 + (next system random % 75) with the 64-cycle interval,
    /// the DDRs clear, the RAM is left as it is.
    /// </summary>
    public void Reset()
    {
        _timer = 25 + (_systemRandom.Next() % 75);
        _intervalShift = 6;
        _cyclesWhenTimerSet = _clock.Cycles;
        _cyclesWhenInterruptReset = _clock.Cycles;
        _timerReadAfterInterrupt = false;
        DataDirectionA = 0;
        DataDirectionB = 0;
    }

    /// <summary>Reads an I/O register (RAM reads go through <see cref="Ram"/> directly).</summary>
    public byte Peek(ushort address)
    {
        switch (address & 0x07)
        {
            case 0x00:
                return _ports.JoystickLines;
            case 0x01:
                return DataDirectionA;
            case 0x02:
                return _ports.ConsoleSwitches;
            case 0x03:
                return DataDirectionB;
            case 0x04:
            case 0x06:
                return ReadTimer();
            default:
                return ReadInterruptFlag();
        }
    }

    /// <summary>
    /// Writes an I/O register: DDRA, or a timer load at $294–$297 and their mirrors (interval from address bits 0–1).
    /// Everything else is ignored as in Stella: SWCHA writes reach only output pins no ALE controller reads,
    /// port B is input only, and the edge-detect control has no interrupt line to drive.
    /// </summary>
    public void Poke(ushort address, byte value)
    {
        if ((address & 0x07) == 0x01)
        {
            DataDirectionA = value;
        }
        else if ((address & 0x14) == 0x14)
        {
            _timer = value;
            _intervalShift = (address & 0x03) switch { 0 => 0, 1 => 3, 2 => 6, _ => 10 };
            _cyclesWhenTimerSet = _clock.Cycles;
            _timerReadAfterInterrupt = false;
        }
    }

    /// <summary>
    /// INTIM as Stella 2.4.2 computes it. While running: start − 1 − ⌊elapsed / interval⌋, with elapsed counted
    /// from the load to one cycle before the access time stamp. After expiry: start × interval − elapsed − 1, one
    /// step per cycle, until a read sees −2 or less; that read latches an offset, and from then on the value is
    /// start − ⌊elapsed / interval⌋ − offset, one step per interval again. Elapsed cycles wrap at 2^32 like
    /// Stella's unsigned counters.
    /// </summary>
    private byte ReadTimer()
    {
        uint delta = (uint)(_clock.Cycles - 1 - _cyclesWhenTimerSet);
        int timer = (int)_timer - (int)(delta >> _intervalShift) - 1;
        if (timer >= 0)
        {
            return (byte)timer;
        }

        timer = (int)(_timer << _intervalShift) - (int)delta - 1;
        if (timer <= -2 && !_timerReadAfterInterrupt)
        {
            _timerReadAfterInterrupt = true;
            _cyclesWhenInterruptReset = _clock.Cycles;
        }

        if (_timerReadAfterInterrupt)
        {
            int offset = (int)(uint)(_cyclesWhenInterruptReset - (_cyclesWhenTimerSet + (_timer << _intervalShift)));
            timer = (int)_timer - (int)(delta >> _intervalShift) - offset;
        }

        return (byte)timer;
    }

    /// <summary>TIMINT: bit 7 set once the timer has expired, until INTIM is read after the expiry.</summary>
    private byte ReadInterruptFlag()
    {
        uint delta = (uint)(_clock.Cycles - 1 - _cyclesWhenTimerSet);
        int timer = (int)_timer - (int)(delta >> _intervalShift) - 1;
        return timer >= 0 || _timerReadAfterInterrupt ? (byte)0x00 : (byte)0x80;
    }
}
