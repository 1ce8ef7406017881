using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SamRL.Atari.Machine;

/// <summary>
/// Drawing a run of pixels of one line. The result is Stella's to the pixel, including two artefacts of its
/// word-at-a-time drawing that stay visible when a frame ends mid-line: for the object combinations Stella
/// special-cases, a 4-pixel group it fills at once may run up to 3 pixels past the update point; and with the
/// playfield alone in score mode the priority bit does not stop the playfield from taking the player colours.
/// </summary>
public sealed partial class Tia
{
    private const int Word = 4;

    /// <summary>Draws <paramref name="count"/> pixels from screen x <paramref name="x"/> at the frame pointer, then advances it.</summary>
    private void RenderSpan(int count, int x)
    {
        int start = framePointer;
        framePointer += count;
        if ((vblank & 0x02) != 0)
        {
            currentBuffer.AsSpan(start, count).Clear();
            return;
        }

        int objects = enabledObjects;
        bool score = (priorityAndScore & TiaObjects.Score) != 0;
        switch (objects)
        {
            case 0:
                currentBuffer.AsSpan(start, count).Fill(colors[ColorBackground]);
                break;
            case TiaObjects.PF:
                RenderPlayfieldOnly(start, count, x, score);
                break;
            case TiaObjects.P0:
            case TiaObjects.P1:
            case TiaObjects.P0 | TiaObjects.P1:
                RenderPlayersOnly(start, count, x, objects);
                break;
            case TiaObjects.M0:
            case TiaObjects.M1:
            case TiaObjects.BL:
            case TiaObjects.M0 | TiaObjects.M1:
            case TiaObjects.BL | TiaObjects.M0:
            case TiaObjects.BL | TiaObjects.M1:
            case TiaObjects.BL | TiaObjects.P1:
                RenderSkippingEmptyWords(start, count, x, objects, overshoot: true);
                break;
            case TiaObjects.PF | TiaObjects.P0:
            case TiaObjects.PF | TiaObjects.P1:
            case TiaObjects.PF | TiaObjects.BL:
                // Stella special-cases these only without score mode.
                RenderSkippingEmptyWords(start, count, x, objects, overshoot: !score);
                break;
            default:
                RenderSkippingEmptyWords(start, count, x, objects, overshoot: false);
                break;
        }
    }

    /// <summary>The playfield alone: whole 4-pixel groups (playfield pixels are 4 wide and aligned).</summary>
    private void RenderPlayfieldOnly(int start, int count, int x, bool score)
    {
        int end = x + count;
        if (((x + Word - 1) & ~(Word - 1)) < end)
        {
            end = (end + Word - 1) & ~(Word - 1);
        }

        ref byte pixels = ref MemoryMarshal.GetArrayDataReference(currentBuffer);
        ref uint masks = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(TiaTables.PlayfieldMask), pfMask);
        uint bits = playfield;
        byte background = colors[ColorBackground];
        byte leftColor = score ? colors[ColorPlayer0] : colors[ColorPlayfield];
        byte rightColor = score ? colors[ColorPlayer1] : colors[ColorPlayfield];
        int pointer = start;
        for (; (x & (Word - 1)) != 0 && x < end; x++, pointer++)
        {
            Unsafe.Add(ref pixels, pointer) = (bits & Unsafe.Add(ref masks, x)) == 0 ? background : x < 80 ? leftColor : rightColor;
        }

        for (; x < end; x += Word, pointer += Word)
        {
            byte color = (bits & Unsafe.Add(ref masks, x)) == 0 ? background : x < 80 ? leftColor : rightColor;
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref pixels, pointer), color * 0x01010101u);
        }
    }

    /// <summary>
    /// One or both players and nothing else (rows of invaders, most of Space Invaders' picture): the general loop
    /// below specialised for it, with Stella's whole-group overshoot. A player that is not enabled reads an all-zero
    /// mask row, and the few values the loop needs stay in registers.
    /// </summary>
    private void RenderPlayersOnly(int start, int count, int x, int objects)
    {
        ref byte none = ref MemoryMarshal.GetArrayDataReference(TiaTables.NoObjectRow);
        ref byte player0 = ref (objects & TiaObjects.P0) != 0
            ? ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(TiaTables.PlayerMask), p0Mask) : ref none;
        ref byte player1 = ref (objects & TiaObjects.P1) != 0
            ? ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(TiaTables.PlayerMask), p1Mask) : ref none;

        // Present-object bits and the CTRLPF bits never overlap, so the encoder can be offset by the latter once.
        ref byte encoder = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(TiaTables.PriorityEncoder), priorityAndScore);
        ref ushort collisionTable = ref MemoryMarshal.GetArrayDataReference(TiaTables.Collisions);
        ref byte palette = ref MemoryMarshal.GetArrayDataReference(colors);

        // The frame buffer indexed by screen x: pixel x of this span goes to start + (x - first x).
        ref byte pixels = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(currentBuffer), start - x);
        int graphics0 = shownGrp0, graphics1 = shownGrp1;
        int end = x + count;
        int latches = collisions;
        while (x < end)
        {
            int half = x < 80 ? 0 : 256;
            if ((x & (Word - 1)) == 0
                && (Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref player0, x)) | Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref player1, x))) == 0)
            {
                byte color = Unsafe.Add(ref palette, Unsafe.Add(ref encoder, half));
                Unsafe.WriteUnaligned(ref Unsafe.Add(ref pixels, x), color * 0x01010101u);
                x += Word;
                continue;
            }

            int present = ((graphics0 & Unsafe.Add(ref player0, x)) != 0 ? TiaObjects.P0 : 0)
                | ((graphics1 & Unsafe.Add(ref player1, x)) != 0 ? TiaObjects.P1 : 0);
            latches |= Unsafe.Add(ref collisionTable, present);
            Unsafe.Add(ref pixels, x) = Unsafe.Add(ref palette, Unsafe.Add(ref encoder, half + present));
            x++;
        }

        collisions = (ushort)latches;
    }

    /// <summary>
    /// Draws pixel by pixel, but fills aligned 4-pixel groups in which none of the enabled objects shows with
    /// the playfield/background in one go. With <paramref name="overshoot"/>, a group may run past the span's
    /// end, as in Stella's special-cased combinations.
    /// </summary>
    private void RenderSkippingEmptyWords(int start, int count, int x, int objects, bool overshoot)
    {
        // Everything the loop reads goes into locals: the pixel stores could otherwise force field reloads.
        ref byte pixels = ref MemoryMarshal.GetArrayDataReference(currentBuffer);
        ref byte player0 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(TiaTables.PlayerMask), p0Mask);
        ref byte player1 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(TiaTables.PlayerMask), p1Mask);
        ref byte missile0 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(TiaTables.MissileMask), m0Mask);
        ref byte missile1 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(TiaTables.MissileMask), m1Mask);
        ref byte ball = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(TiaTables.BallMask), blMask);
        ref uint playfieldMasks = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(TiaTables.PlayfieldMask), pfMask);
        ref byte encoder = ref MemoryMarshal.GetArrayDataReference(TiaTables.PriorityEncoder);
        ref ushort collisionTable = ref MemoryMarshal.GetArrayDataReference(TiaTables.Collisions);
        ref byte palette = ref MemoryMarshal.GetArrayDataReference(colors);

        uint bits = playfield;
        int modes = priorityAndScore;
        int graphics0 = shownGrp0, graphics1 = shownGrp1;
        bool p0 = (objects & TiaObjects.P0) != 0, p1 = (objects & TiaObjects.P1) != 0;
        bool m0 = (objects & TiaObjects.M0) != 0, m1 = (objects & TiaObjects.M1) != 0;
        bool bl = (objects & TiaObjects.BL) != 0;
        int end = x + count;
        int pointer = start;
        int latches = collisions;
        while (x < end)
        {
            if ((x & (Word - 1)) == 0 && (overshoot || x + Word <= end)
                && (!p0 || Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref player0, x)) == 0)
                && (!p1 || Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref player1, x)) == 0)
                && (!m0 || Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref missile0, x)) == 0)
                && (!m1 || Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref missile1, x)) == 0)
                && (!bl || Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref ball, x)) == 0))
            {
                // No object here: the group shows the playfield or background only and collides with nothing.
                int empty = (bits & Unsafe.Add(ref playfieldMasks, x)) != 0 ? TiaObjects.PF : 0;
                byte color = Unsafe.Add(ref palette, Unsafe.Add(ref encoder, (x < 80 ? 0 : 256) + (empty | modes)));
                Unsafe.WriteUnaligned(ref Unsafe.Add(ref pixels, pointer), color * 0x01010101u);
                x += Word;
                pointer += Word;
                continue;
            }

            int present = (bits & Unsafe.Add(ref playfieldMasks, x)) != 0 ? TiaObjects.PF : 0;
            if (bl && Unsafe.Add(ref ball, x) != 0) present |= TiaObjects.BL;
            if ((graphics1 & Unsafe.Add(ref player1, x)) != 0) present |= TiaObjects.P1;
            if (m1 && Unsafe.Add(ref missile1, x) != 0) present |= TiaObjects.M1;
            if ((graphics0 & Unsafe.Add(ref player0, x)) != 0) present |= TiaObjects.P0;
            if (m0 && Unsafe.Add(ref missile0, x) != 0) present |= TiaObjects.M0;
            latches |= Unsafe.Add(ref collisionTable, present);
            Unsafe.Add(ref pixels, pointer) = Unsafe.Add(ref palette, Unsafe.Add(ref encoder, (x < 80 ? 0 : 256) + (present | modes)));
            x++;
            pointer++;
        }

        collisions = (ushort)latches;
    }
}
