namespace SamRL.Atari.Machine;

/// <summary>The write registers ($00–$2C) and the object state derived from them.</summary>
public sealed partial class Tia
{
    private const int ColorBackground = 0, ColorPlayfield = 1, ColorPlayer0 = 2, ColorPlayer1 = 3;

    /// <summary>COLUBK, COLUPF, COLUP0, COLUP1 (bit 0 = PAL colour-loss flag), indexed by the priority encoder's result.</summary>
    private readonly byte[] colors = new byte[4];

    private int enabledObjects;
    private int priorityAndScore;
    private byte vsync, vblank, nusiz0, nusiz1, ctrlpf;
    private bool refp0, refp1, vdelp0, vdelp1, vdelbl, resmp0, resmp1;
    private bool enam0, enam1, enabl, delayedEnabl;
    private uint playfield;
    private byte grp0, grp1, delayedGrp0, delayedGrp1, shownGrp0, shownGrp1;
    private int hmp0, hmp1, hmm0, hmm1, hmbl;
    private int posP0, posP1, posM0, posM1, posBL;
    private ushort collisions;

    // Current mask rows (offsets into the TiaTables arrays) for each object.
    private int p0Mask, p1Mask, m0Mask, m1Mask, blMask, pfMask;

    private long lastHmoveClock;
    private bool hmoveBlankActive;
    private bool cosmicArkMotion;
    private int cosmicArkCounter;

    private bool dumpEnabled;
    private long dumpDisabledCycle;

    /// <summary>The collision latches (bit order of <c>TiaTables.Collisions</c>), for tests and traces.</summary>
    public int CollisionLatches => collisions;

    /// <summary>Horizontal positions (0..159, Stella's convention) of P0, P1, M0, M1 and BL, for tests and traces.</summary>
    public (int P0, int P1, int M0, int M1, int Ball) Positions => (posP0, posP1, posM0, posM1, posBL);

    private void ResetRegisters()
    {
        enabledObjects = 0;
        vsync = vblank = nusiz0 = nusiz1 = ctrlpf = 0;
        Array.Clear(colors);
        priorityAndScore = 0;
        refp0 = refp1 = vdelp0 = vdelp1 = vdelbl = resmp0 = resmp1 = false;
        enam0 = enam1 = enabl = delayedEnabl = false;
        playfield = 0;
        grp0 = grp1 = delayedGrp0 = delayedGrp1 = shownGrp0 = shownGrp1 = 0;
        hmp0 = hmp1 = hmm0 = hmm1 = hmbl = 0;
        posP0 = posP1 = posM0 = posM1 = posBL = 0;
        collisions = 0;
        blMask = TiaTables.BallRow(0, 0);
        m0Mask = m1Mask = TiaTables.MissileRow(0, 0, 0);
        p0Mask = p1Mask = TiaTables.PlayerRow(0, 0, 0);
        pfMask = 0;
        lastHmoveClock = clock.Cycles * 3;
        hmoveBlankActive = false;
        cosmicArkMotion = false;
        cosmicArkCounter = 0;
        dumpEnabled = false;
        dumpDisabledCycle = clock.Cycles;
    }

    /// <inheritdoc />
    public void Poke(ushort address, byte value)
    {
        int register = address & 0x3F;
        long now = clock.Cycles * 3;
        int delay = TiaTables.PokeDelay[register];
        if (delay < 0)
        {
            delay = TiaTables.PlayfieldPokeDelay[(LineClock(now) / 3) & 3];
        }

        if (now < frameLimitClock && LeavesPictureUnchanged(register, value))
        {
            DeferDrawing(now + delay);
            return;
        }

        UpdateFrameWithDeferred(now + delay);

        // A frame that never signals VSYNC ends at the first TIA write past the scanline limit.
        if (now >= frameLimitClock)
        {
            EndFrameAtInstructionEnd();
        }

        switch (register)
        {
            case 0x00: WriteVsync(value, now); break;
            case 0x01: WriteVblank(value); break;
            case 0x02: WaitForHorizontalSync(); break;
            case 0x04: nusiz0 = value; p0Mask = PlayerMaskRow(posP0, 0, nusiz0); m0Mask = MissileMaskRow(posM0, nusiz0); break;
            case 0x05: nusiz1 = value; p1Mask = PlayerMaskRow(posP1, 0, nusiz1); m1Mask = MissileMaskRow(posM1, nusiz1); break;
            case 0x06: colors[ColorPlayer0] = ColorValue(value); break;
            case 0x07: colors[ColorPlayer1] = ColorValue(value); break;
            case 0x08: colors[ColorPlayfield] = ColorValue(value); break;
            case 0x09: colors[ColorBackground] = ColorValue(value); break;
            case 0x0A: WriteCtrlpf(value, now); break;
            case 0x0B: WriteReflect(ref refp0, ref shownGrp0, value); break;
            case 0x0C: WriteReflect(ref refp1, ref shownGrp1, value); break;
            case 0x0D: SetPlayfield((playfield & 0xFFFF0u) | (uint)(value >> 4)); break;
            case 0x0E: SetPlayfield((playfield & 0xFF00Fu) | ((uint)value << 4)); break;
            case 0x0F: SetPlayfield((playfield & 0x00FFFu) | ((uint)value << 12)); break;
            case 0x10: ResetPlayer(ref posP0, ref p0Mask, nusiz0, now); break;
            case 0x11: ResetPlayer(ref posP1, ref p1Mask, nusiz1, now); break;
            case 0x12: ResetMissile0(now); break;
            case 0x13: ResetMissile1(now); break;
            case 0x14: ResetBall(now); break;
            case 0x1B: WriteGrp0(value); break;
            case 0x1C: WriteGrp1(value); break;
            case 0x1D: enam0 = (value & 0x02) != 0; SetObject(TiaObjects.M0, enam0 && !resmp0); break;
            case 0x1E: enam1 = (value & 0x02) != 0; SetObject(TiaObjects.M1, enam1 && !resmp1); break;
            case 0x1F: enabl = (value & 0x02) != 0; SetObject(TiaObjects.BL, vdelbl ? delayedEnabl : enabl); break;
            case 0x20: hmp0 = value >> 4; break;
            case 0x21: hmp1 = value >> 4; break;
            case 0x22: WriteHmm0(value >> 4, now); break;
            case 0x23: hmm1 = value >> 4; break;
            case 0x24: hmbl = value >> 4; break;
            case 0x25: vdelp0 = (value & 0x01) != 0; UpdateShownPlayers(); break;
            case 0x26: vdelp1 = (value & 0x01) != 0; UpdateShownPlayers(); break;
            case 0x27: vdelbl = (value & 0x01) != 0; SetObject(TiaObjects.BL, vdelbl ? delayedEnabl : enabl); break;
            case 0x28: WriteResmp(ref resmp0, ref posM0, ref m0Mask, posP0, nusiz0, enam0, TiaObjects.M0, value); break;
            case 0x29: WriteResmp(ref resmp1, ref posM1, ref m1Mask, posP1, nusiz1, enam1, TiaObjects.M1, value); break;
            case 0x2A: ApplyHorizontalMotion(now); break;
            case 0x2B: hmp0 = hmp1 = hmm0 = hmm1 = hmbl = 0; break;
            case 0x2C: collisions = 0; break;
            default: break; // RSYNC, the audio registers and unused addresses change nothing ALE draws.
        }
    }

    private void WriteVsync(byte value, long now)
    {
        vsync = value;
        if ((vsync & 0x02) != 0)
        {
            // Stella accepts a VSYNC of one scanline (not the documented three) as a frame boundary.
            vsyncFinishClock = now + ClocksPerLine;
        }
        else if (now >= vsyncFinishClock)
        {
            vsyncFinishClock = long.MaxValue;
            EndFrameAtInstructionEnd();
        }
    }

    private void WriteVblank(byte value)
    {
        bool dumping = (vblank & 0x80) != 0;
        bool dump = (value & 0x80) != 0;
        if (!dumping && dump)
        {
            dumpEnabled = true;
        }

        if (dumping && !dump)
        {
            dumpEnabled = false;
            dumpDisabledCycle = clock.Cycles;
        }

        vblank = value;
    }

    private void WriteCtrlpf(byte value, long now)
    {
        ctrlpf = value;
        priorityAndScore = (ctrlpf & 0x06) << 5;

        // The reflection bit only takes effect this line while the beam is still in the left half.
        if (LineClock(now) < HorizontalBlank + 79)
        {
            pfMask = (ctrlpf & 0x01) * ScreenWidth;
        }

        blMask = BallMaskRow();
    }

    private static void WriteReflect(ref bool reflected, ref byte shown, byte value)
    {
        bool reflect = (value & 0x08) != 0;
        if (reflect != reflected)
        {
            reflected = reflect;
            shown = TiaTables.Reflect[shown];
        }
    }

    private void SetPlayfield(uint value)
    {
        playfield = value;
        SetObject(TiaObjects.PF, playfield != 0);
    }

    private void WriteGrp0(byte value)
    {
        grp0 = value;
        delayedGrp1 = grp1;
        UpdateShownPlayers();
    }

    private void WriteGrp1(byte value)
    {
        grp1 = value;
        delayedGrp0 = grp0;
        delayedEnabl = enabl;
        UpdateShownPlayers();
        SetObject(TiaObjects.BL, vdelbl ? delayedEnabl : enabl);
    }

    /// <summary>Recomputes the graphics each player shows (old or new register per VDELPx, mirrored per REFPx).</summary>
    private void UpdateShownPlayers()
    {
        byte g0 = vdelp0 ? delayedGrp0 : grp0;
        shownGrp0 = refp0 ? TiaTables.Reflect[g0] : g0;
        byte g1 = vdelp1 ? delayedGrp1 : grp1;
        shownGrp1 = refp1 ? TiaTables.Reflect[g1] : g1;
        SetObject(TiaObjects.P0, shownGrp0 != 0);
        SetObject(TiaObjects.P1, shownGrp1 != 0);
    }

    private void SetObject(int bit, bool on)
    {
        enabledObjects = on ? enabledObjects | bit : enabledObjects & ~bit;
    }

    private byte ColorValue(byte value)
    {
        int color = value & 0xFE;
        if (colorLossEnabled && (scanlinesLastFrame & 1) != 0)
        {
            color |= 0x01;
        }

        return (byte)color;
    }

    private void WriteResmp(ref bool locked, ref int missile, ref int mask, int player, byte nusiz, bool enabled, int bit, byte value)
    {
        bool lockNow = (value & 0x02) != 0;
        if (locked && !lockNow)
        {
            // Released missiles appear at the middle of their player.
            int middle = (nusiz & 0x07) switch { 5 => 8, 7 => 16, _ => 4 };
            missile = (player + middle) % ScreenWidth;
            mask = MissileMaskRow(missile, nusiz);
        }

        locked = lockNow;
        SetObject(bit, enabled && !locked);
    }

    private void WriteHmm0(int motion, long now)
    {
        // Writing HMM0 = 6 over 7 exactly 21 cycles after HMOVE triggers the TIA bug Cosmic Ark's starfield relies on.
        if (now == lastHmoveClock + 21 * 3 && hmm0 == 7 && motion == 6)
        {
            cosmicArkMotion = true;
            cosmicArkCounter = 0;
        }

        hmm0 = motion;
    }

    private static int PlayerMaskRow(int position, int skipFirstCopy, byte nusiz) =>
        TiaTables.PlayerRow(position & 0x03, skipFirstCopy, nusiz & 0x07) + ScreenWidth - (position & 0xFC);

    private static int MissileMaskRow(int position, byte nusiz) => MissileMaskRow(position, nusiz, (nusiz & 0x30) >> 4);

    private static int MissileMaskRow(int position, byte nusiz, int size) =>
        TiaTables.MissileRow(position & 0x03, nusiz & 0x07, size) + ScreenWidth - (position & 0xFC);

    private int BallMaskRow() => TiaTables.BallRow(posBL & 0x03, (ctrlpf & 0x30) >> 4) + ScreenWidth - (posBL & 0xFC);
}
