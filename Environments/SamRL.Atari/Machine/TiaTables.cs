namespace SamRL.Atari.Machine;

/// <summary>
/// The precomputed tables of Stella 2.4.2's scanline renderer (which ALE 0.12.1 uses). Object drawing looks up
/// a mask per pixel instead of simulating the TIA's counters, so every quirk the renderer has (the one-pixel
/// delay of stretched players, where a RESPx during a copy restarts it) lives in these tables.
/// Mask rows are 320 entries long: the object's 160 pixels starting at its position, repeated once, so a row
/// can be indexed from <c>160 - (position &amp; ~3)</c> + screen x without wrapping; the low two position bits
/// select one of four rows shifted right by 0..3 pixels.
/// </summary>
internal static class TiaTables
{
    /// <summary>Entries per mask row (two copies of the 160-pixel line).</summary>
    public const int RowLength = 320;

    /// <summary>Player masks, flattened [alignment 4][skipFirstCopy 2][NUSIZ mode 8][320]; a value is the GRP bit shown at that pixel.</summary>
    public static readonly byte[] PlayerMask = BuildPlayerMasks();

    /// <summary>Missile masks, flattened [alignment 4][NUSIZ mode 8][size 4][320]; nonzero where the missile shows.
    /// One extra all-zero row at the end stands for "missile disabled on this line" (Cosmic Ark starfield).</summary>
    public static readonly byte[] MissileMask = BuildMissileMasks();

    /// <summary>Ball masks, flattened [alignment 4][size 4][320]; nonzero where the ball shows.</summary>
    public static readonly byte[] BallMask = BuildBallMasks();

    /// <summary>An all-zero mask row (with room for a group read past the line's end): what a disabled object shows.</summary>
    public static readonly byte[] NoObjectRow = new byte[RowLength];

    /// <summary>Offset of the all-zero row of <see cref="MissileMask"/>.</summary>
    public const int DisabledMissileRow = 4 * 8 * 4 * RowLength;

    /// <summary>Playfield bit masks per screen x, flattened [reflected 2][160], over PF = PF2(19..12) PF1(11..4) PF0(3..0).</summary>
    public static readonly uint[] PlayfieldMask = BuildPlayfieldMasks();

    /// <summary>
    /// Where a RESPx lands relative to the player's current copies, flattened [mode 8][old x 160][new x 160]:
    /// 1 inside a copy's visible pixels, -1 inside the 4-pixel start delay before a copy, 0 elsewhere.
    /// </summary>
    public static readonly sbyte[] PlayerResetWhen = BuildPlayerResetWhen();

    /// <summary>Bit-reversed bytes (REFPx).</summary>
    public static readonly byte[] Reflect = BuildReflect();

    /// <summary>Collision latch bits raised by each combination of the six object bits (see <see cref="TiaObjects"/>).</summary>
    public static readonly ushort[] Collisions = BuildCollisions();

    /// <summary>
    /// Which colour register draws a pixel, flattened [screen half 2][object bits | score | priority 256]:
    /// 0 COLUBK, 1 COLUPF, 2 COLUP0, 3 COLUP1.
    /// </summary>
    public static readonly byte[] PriorityEncoder = BuildPriorityEncoder();

    /// <summary>Color clocks between a register write and its effect on the picture, by register (-1: playfield, depends on position).</summary>
    public static ReadOnlySpan<sbyte> PokeDelay =>
    [
        0, 1, 0, 0, 8, 8, 0, 0, 0, 0, 0, 1, 1, -1, -1, -1,
        0, 0, 8, 8, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];

    /// <summary>Delay of a playfield write, indexed by ((color clock in line) / 3) &amp; 3.</summary>
    public static ReadOnlySpan<byte> PlayfieldPokeDelay => [4, 5, 2, 3];

    /// <summary>Whether an HMOVE at this CPU cycle of the line (0..75) blanks the first 8 pixels (the "HMOVE bar").</summary>
    public static bool HmoveBlanksAt(int cpuCycleInLine) => cpuCycleInLine <= 20 || cpuCycleInLine == 75;

    /// <summary>Pixels an object moves on HMOVE, flattened [CPU cycle of the line 76][HMxx nibble 16] (Stella's measured table).</summary>
    public static readonly sbyte[] Motion = BuildMotion();

    private static byte[] BuildPlayerMasks()
    {
        var table = new byte[4 * 2 * 8 * RowLength];
        var row = new byte[160];
        for (int skipFirst = 0; skipFirst < 2; skipFirst++)
        {
            for (int mode = 0; mode < 8; mode++)
            {
                Array.Clear(row);
                if (mode == 5 || mode == 7)
                {
                    // Stretched players show one pixel late and have a single copy.
                    int scale = mode == 5 ? 2 : 4;
                    if (skipFirst == 0)
                    {
                        for (int x = 1; x <= 8 * scale; x++)
                        {
                            row[x] = (byte)(0x80 >> ((x - 1) / scale));
                        }
                    }
                }
                else
                {
                    foreach (int copy in CopyOffsets(mode))
                    {
                        if (copy == 0 && skipFirst == 1)
                        {
                            continue;
                        }

                        for (int bit = 0; bit < 8; bit++)
                        {
                            row[copy + bit] = (byte)(0x80 >> bit);
                        }
                    }
                }

                for (int align = 0; align < 4; align++)
                {
                    WriteShiftedRow(table, PlayerRow(align, skipFirst, mode), row, align);
                }
            }
        }

        return table;
    }

    private static byte[] BuildMissileMasks()
    {
        var table = new byte[4 * 8 * 4 * RowLength + 2 * RowLength];
        var row = new byte[160];
        for (int mode = 0; mode < 8; mode++)
        {
            for (int size = 0; size < 4; size++)
            {
                Array.Clear(row);
                int[] copies = mode is 5 or 7 ? [0] : CopyOffsets(mode);
                foreach (int copy in copies)
                {
                    for (int x = 0; x < 1 << size; x++)
                    {
                        row[copy + x] = 1;
                    }
                }

                for (int align = 0; align < 4; align++)
                {
                    WriteShiftedRow(table, MissileRow(align, mode, size), row, align);
                }
            }
        }

        return table;
    }

    private static byte[] BuildBallMasks()
    {
        var table = new byte[4 * 4 * RowLength];
        var row = new byte[160];
        for (int size = 0; size < 4; size++)
        {
            Array.Clear(row);
            row.AsSpan(0, 1 << size).Fill(1);
            for (int align = 0; align < 4; align++)
            {
                WriteShiftedRow(table, BallRow(align, size), row, align);
            }
        }

        return table;
    }

    /// <summary>Start of the player mask row for these parameters in <see cref="PlayerMask"/>.</summary>
    public static int PlayerRow(int align, int skipFirstCopy, int mode) => ((align * 2 + skipFirstCopy) * 8 + mode) * RowLength;

    /// <summary>Start of the missile mask row for these parameters in <see cref="MissileMask"/>.</summary>
    public static int MissileRow(int align, int mode, int size) => ((align * 8 + mode) * 4 + size) * RowLength;

    /// <summary>Start of the ball mask row for these parameters in <see cref="BallMask"/>.</summary>
    public static int BallRow(int align, int size) => (align * 4 + size) * RowLength;

    /// <summary>Copy start offsets of the NUSIZ number modes 0..6 that draw 8-pixel players.</summary>
    private static int[] CopyOffsets(int mode) => mode switch
    {
        0 => [0],
        1 => [0, 16],
        2 => [0, 32],
        3 => [0, 16, 32],
        4 => [0, 64],
        6 => [0, 32, 64],
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "NUSIZ modes 5 and 7 are stretched single copies."),
    };

    /// <summary>Writes the 160-pixel row twice, shifted right (circularly over 320) by <paramref name="align"/>.</summary>
    private static void WriteShiftedRow(byte[] table, int start, ReadOnlySpan<byte> row, int align)
    {
        for (int x = 0; x < RowLength; x++)
        {
            table[start + x] = row[(x + RowLength - align) % RowLength % 160];
        }
    }

    private static uint[] BuildPlayfieldMasks()
    {
        var table = new uint[2 * 160];
        for (int x = 0; x < 160; x++)
        {
            uint left = x switch
            {
                < 16 => 0x00001u << (x / 4),
                < 48 => 0x00800u >> ((x - 16) / 4),
                < 80 => 0x01000u << ((x - 48) / 4),
                _ => 0,
            };
            int right = x - 80;
            table[x] = x < 80 ? left : right switch
            {
                < 16 => 0x00001u << (right / 4),
                < 48 => 0x00800u >> ((right - 16) / 4),
                _ => 0x01000u << ((right - 48) / 4),
            };
            table[160 + x] = x < 80 ? left : right switch
            {
                < 32 => 0x80000u >> (right / 4),
                < 64 => 0x00010u << ((right - 32) / 4),
                _ => 0x00008u >> ((right - 64) / 4),
            };
        }

        return table;
    }

    private static sbyte[] BuildPlayerResetWhen()
    {
        var table = new sbyte[8 * 160 * 160];
        for (int mode = 0; mode < 8; mode++)
        {
            int[] copies = mode is 5 or 7 ? [0] : CopyOffsets(mode);
            int width = mode switch { 5 => 16, 7 => 32, _ => 8 };
            for (int oldX = 0; oldX < 160; oldX++)
            {
                int row = (mode * 160 + oldX) * 160;
                foreach (int copy in copies)
                {
                    for (int d = 0; d < 4; d++)
                    {
                        table[row + (oldX + copy + d) % 160] = -1;
                    }

                    for (int d = 0; d < width; d++)
                    {
                        table[row + (oldX + copy + 4 + d) % 160] = 1;
                    }
                }
            }
        }

        return table;
    }

    private static byte[] BuildReflect()
    {
        var table = new byte[256];
        for (int i = 0; i < 256; i++)
        {
            int reversed = 0;
            for (int bit = 0; bit < 8; bit++)
            {
                reversed |= ((i >> bit) & 1) << (7 - bit);
            }

            table[i] = (byte)reversed;
        }

        return table;
    }

    private static ushort[] BuildCollisions()
    {
        // Latch bit order as the CXxx read registers expose them (bit 0 = CXM0P bit 7, ...).
        (int A, int B)[] pairs =
        [
            (TiaObjects.M0, TiaObjects.P1), (TiaObjects.M0, TiaObjects.P0),
            (TiaObjects.M1, TiaObjects.P0), (TiaObjects.M1, TiaObjects.P1),
            (TiaObjects.P0, TiaObjects.PF), (TiaObjects.P0, TiaObjects.BL),
            (TiaObjects.P1, TiaObjects.PF), (TiaObjects.P1, TiaObjects.BL),
            (TiaObjects.M0, TiaObjects.PF), (TiaObjects.M0, TiaObjects.BL),
            (TiaObjects.M1, TiaObjects.PF), (TiaObjects.M1, TiaObjects.BL),
            (TiaObjects.BL, TiaObjects.PF), (TiaObjects.P0, TiaObjects.P1),
            (TiaObjects.M0, TiaObjects.M1),
        ];
        var table = new ushort[64];
        for (int objects = 0; objects < 64; objects++)
        {
            for (int bit = 0; bit < pairs.Length; bit++)
            {
                if ((objects & pairs[bit].A) != 0 && (objects & pairs[bit].B) != 0)
                {
                    table[objects] |= (ushort)(1 << bit);
                }
            }
        }

        return table;
    }

    private static byte[] BuildPriorityEncoder()
    {
        var table = new byte[2 * 256];
        for (int half = 0; half < 2; half++)
        {
            for (int bits = 0; bits < 256; bits++)
            {
                bool any(int mask) => (bits & mask) != 0;
                byte color = 0;
                if (any(TiaObjects.Priority))
                {
                    // Playfield and ball in front; the score bit is ignored.
                    if (any(TiaObjects.P1 | TiaObjects.M1)) color = 3;
                    if (any(TiaObjects.P0 | TiaObjects.M0)) color = 2;
                    if (any(TiaObjects.BL | TiaObjects.PF)) color = 1;
                }
                else
                {
                    if (any(TiaObjects.BL)) color = 1;
                    if (any(TiaObjects.PF)) color = any(TiaObjects.Score) ? (byte)(2 + half) : (byte)1;
                    if (any(TiaObjects.P1 | TiaObjects.M1)) color = color == 2 ? (byte)2 : (byte)3;
                    if (any(TiaObjects.P0 | TiaObjects.M0)) color = 2;
                }

                table[half * 256 + bits] = color;
            }
        }

        return table;
    }

    private static sbyte[] BuildMotion()
    {
        // Rows: CPU cycle of the line at which HMOVE is written; columns: HMxx nibble 0..15
        // (0..7 move left, 8..15 move right by 8..1 when HMOVE is in horizontal blank).
        sbyte[][] rows =
        [
            [0, -1, -2, -3, -4, -5, -6, -7, 8, 7, 6, 5, 4, 3, 2, 1],
            [0, -1, -2, -3, -4, -5, -6, -7, 8, 7, 6, 5, 4, 3, 2, 1],
            [0, -1, -2, -3, -4, -5, -6, -7, 8, 7, 6, 5, 4, 3, 2, 1],
            [0, -1, -2, -3, -4, -5, -6, -7, 8, 7, 6, 5, 4, 3, 2, 1],
            [0, -1, -2, -3, -4, -5, -6, -6, 8, 7, 6, 5, 4, 3, 2, 1],
            [0, -1, -2, -3, -4, -5, -5, -5, 8, 7, 6, 5, 4, 3, 2, 1],
            [0, -1, -2, -3, -4, -5, -5, -5, 8, 7, 6, 5, 4, 3, 2, 1],
            [0, -1, -2, -3, -4, -4, -4, -4, 8, 7, 6, 5, 4, 3, 2, 1],
            [0, -1, -2, -3, -3, -3, -3, -3, 8, 7, 6, 5, 4, 3, 2, 1],
            [0, -1, -2, -2, -2, -2, -2, -2, 8, 7, 6, 5, 4, 3, 2, 1],
            [0, -1, -2, -2, -2, -2, -2, -2, 8, 7, 6, 5, 4, 3, 2, 1],
            [0, -1, -1, -1, -1, -1, -1, -1, 8, 7, 6, 5, 4, 3, 2, 1],
            [0, 0, 0, 0, 0, 0, 0, 0, 8, 7, 6, 5, 4, 3, 2, 1],
            [1, 1, 1, 1, 1, 1, 1, 1, 8, 7, 6, 5, 4, 3, 2, 1],
            [1, 1, 1, 1, 1, 1, 1, 1, 8, 7, 6, 5, 4, 3, 2, 1],
            [2, 2, 2, 2, 2, 2, 2, 2, 8, 7, 6, 5, 4, 3, 2, 2],
            [3, 3, 3, 3, 3, 3, 3, 3, 8, 7, 6, 5, 4, 3, 3, 3],
            [4, 4, 4, 4, 4, 4, 4, 4, 8, 7, 6, 5, 4, 4, 4, 4],
            [4, 4, 4, 4, 4, 4, 4, 4, 8, 7, 6, 5, 4, 4, 4, 4],
            [5, 5, 5, 5, 5, 5, 5, 5, 8, 7, 6, 5, 5, 5, 5, 5],
            [6, 6, 6, 6, 6, 6, 6, 6, 8, 7, 6, 6, 6, 6, 6, 6],
        ];
        sbyte[][] late =
        [
            [0, 0, 0, 0, 0, 0, 0, -1, 0, 0, 0, 0, 0, 0, 0, 0],
            [0, 0, 0, 0, 0, 0, -1, -2, 0, 0, 0, 0, 0, 0, 0, 0],
            [0, 0, 0, 0, 0, -1, -2, -3, 0, 0, 0, 0, 0, 0, 0, 0],
            [0, 0, 0, 0, 0, -1, -2, -3, 0, 0, 0, 0, 0, 0, 0, 0],
            [0, 0, 0, 0, -1, -2, -3, -4, 0, 0, 0, 0, 0, 0, 0, 0],
            [0, 0, 0, -1, -2, -3, -4, -5, 0, 0, 0, 0, 0, 0, 0, 0],
            [0, 0, -1, -2, -3, -4, -5, -6, 0, 0, 0, 0, 0, 0, 0, 0],
            [0, 0, -1, -2, -3, -4, -5, -6, 0, 0, 0, 0, 0, 0, 0, 0],
            [0, -1, -2, -3, -4, -5, -6, -7, 0, 0, 0, 0, 0, 0, 0, 0],
            [-1, -2, -3, -4, -5, -6, -7, -8, 0, 0, 0, 0, 0, 0, 0, 0],
            [-2, -3, -4, -5, -6, -7, -8, -9, 0, 0, 0, 0, 0, 0, 0, -1],
            [-2, -3, -4, -5, -6, -7, -8, -9, 0, 0, 0, 0, 0, 0, 0, -1],
            [-3, -4, -5, -6, -7, -8, -9, -10, 0, 0, 0, 0, 0, 0, -1, -2],
            [-4, -5, -6, -7, -8, -9, -10, -11, 0, 0, 0, 0, 0, -1, -2, -3],
            [-5, -6, -7, -8, -9, -10, -11, -12, 0, 0, 0, 0, -1, -2, -3, -4],
            [-5, -6, -7, -8, -9, -10, -11, -12, 0, 0, 0, 0, -1, -2, -3, -4],
            [-6, -7, -8, -9, -10, -11, -12, -13, 0, 0, 0, -1, -2, -3, -4, -5],
            [-7, -8, -9, -10, -11, -12, -13, -14, 0, 0, -1, -2, -3, -4, -5, -6],
            [-8, -9, -10, -11, -12, -13, -14, -15, 0, -1, -2, -3, -4, -5, -6, -7],
            [-8, -9, -10, -11, -12, -13, -14, -15, 0, -1, -2, -3, -4, -5, -6, -7],
            [0, -1, -2, -3, -4, -5, -6, -7, 8, 7, 6, 5, 4, 3, 2, 1],
        ];

        // Cycles 0..20 come from `rows`, 21..54 never move anything, 55..75 come from `late`.
        var table = new sbyte[76 * 16];
        for (int cycle = 0; cycle < 76; cycle++)
        {
            sbyte[]? row = cycle <= 20 ? rows[cycle] : cycle >= 55 ? late[cycle - 55] : null;
            if (row is not null)
            {
                row.CopyTo(table, cycle * 16);
            }
        }

        return table;
    }
}
