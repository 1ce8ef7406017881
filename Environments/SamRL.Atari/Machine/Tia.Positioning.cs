namespace SamRL.Atari.Machine;

/// <summary>RESxx, HMOVE and the position quirks Stella reproduces.</summary>
public sealed partial class Tia
{
    private void ResetPlayer(ref int position, ref int mask, byte nusiz, long now)
    {
        int lineClock = LineClock(now);
        int newX = lineClock < HorizontalBlank ? 3 : ((lineClock - HorizontalBlank) + 5) % ScreenWidth;
        int when = TiaTables.PlayerResetWhen[((nusiz & 0x07) * ScreenWidth + position) * ScreenWidth + newX];
        if (when == 1)
        {
            // Reset while a copy is being drawn: that copy finishes before the player moves.
            UpdateFrame(now + 11);
        }

        position = newX;

        // A reset outside a copy's start delay suppresses the first copy until the line ends.
        mask = PlayerMaskRow(position, when == -1 ? 0 : 1, nusiz);
    }

    private void ResetMissile0(long now)
    {
        int lineClock = LineClock(now);
        posM0 = lineClock < HorizontalBlank ? 2 : ((lineClock - HorizontalBlank) + 4) % ScreenWidth;

        // Stella's special case for Dolphin: RESM0 exactly 20 cycles after HMOVE.
        if (now - lastHmoveClock == 20 * 3 && lineClock == 69)
        {
            posM0 = 8;
        }

        m0Mask = MissileMaskRow(posM0, nusiz0);
    }

    private void ResetMissile1(long now)
    {
        int lineClock = LineClock(now);
        posM1 = lineClock < HorizontalBlank ? 2 : ((lineClock - HorizontalBlank) + 4) % ScreenWidth;

        // Stella's special case for Pitfall II: RESM1 exactly 3 cycles after HMOVE.
        if (now - lastHmoveClock == 3 * 3 && lineClock == 18)
        {
            posM1 = 3;
        }

        m1Mask = MissileMaskRow(posM1, nusiz1);
    }

    private void ResetBall(long now)
    {
        int lineClock = LineClock(now);
        posBL = lineClock < HorizontalBlank ? 2 : ((lineClock - HorizontalBlank) + 4) % ScreenWidth;

        // Stella's special cases for RESBL shortly after HMOVE (Escape from the Mindmaster, Decathlon,
        // Robot Tank, Hole Hunter), kept because ALE's pictures include them.
        long sinceHmove = now - lastHmoveClock;
        if (sinceHmove == 18 * 3 && lineClock is 60 or 69)
        {
            posBL = 10;
        }
        else if (sinceHmove == 3 * 3 && lineClock == 18)
        {
            posBL = 3;
        }
        else if (sinceHmove == 7 * 3 && lineClock == 30)
        {
            posBL = 6;
        }
        else if (sinceHmove == 6 * 3 && lineClock == 27)
        {
            posBL = 5;
        }

        blMask = BallMaskRow();
    }

    private void ApplyHorizontalMotion(long now)
    {
        int cycleInLine = LineClock(now) / 3;
        if (HmoveBlanksEnabled && TiaTables.HmoveBlanksAt(cycleInLine))
        {
            hmoveBlankActive = true;
        }

        int row = cycleInLine * 16;
        posP0 = Wrap(posP0 + TiaTables.Motion[row + hmp0]);
        posP1 = Wrap(posP1 + TiaTables.Motion[row + hmp1]);
        posM0 = Wrap(posM0 + TiaTables.Motion[row + hmm0]);
        posM1 = Wrap(posM1 + TiaTables.Motion[row + hmm1]);
        posBL = Wrap(posBL + TiaTables.Motion[row + hmbl]);

        blMask = BallMaskRow();
        p0Mask = PlayerMaskRow(posP0, 0, nusiz0);
        p1Mask = PlayerMaskRow(posP1, 0, nusiz1);
        m0Mask = MissileMaskRow(posM0, nusiz0);
        m1Mask = MissileMaskRow(posM1, nusiz1);

        lastHmoveClock = now;
        cosmicArkMotion = false;
    }

    /// <summary>Brings a moved position back into 0..159 (a move is at most ±15, so one step suffices).</summary>
    private static int Wrap(int position) => position >= ScreenWidth ? position - ScreenWidth : position < 0 ? position + ScreenWidth : position;

    /// <summary>At the end of each line with the Cosmic Ark bug active, missile 0 jumps and flickers in a 4-line cycle.</summary>
    private void AdvanceCosmicArkMissile()
    {
        cosmicArkCounter = (cosmicArkCounter + 1) & 3;
        int jump = cosmicArkCounter switch { 0 => 18, 1 => 33, 2 => 0, _ => 17 };
        posM0 = Wrap(posM0 - jump);
        m0Mask = cosmicArkCounter switch
        {
            1 => MissileMaskRow(posM0, nusiz0, ((nusiz0 & 0x30) >> 4) | 0x01), // at least 2 pixels wide
            2 => TiaTables.DisabledMissileRow,
            _ => MissileMaskRow(posM0, nusiz0),
        };
    }
}
