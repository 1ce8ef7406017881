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
            case TiaObjects.M0:
            case TiaObjects.M1:
            case TiaObjects.BL:
            case TiaObjects.P0 | TiaObjects.P1:
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
        int alignedStart = (x + Word - 1) & ~(Word - 1);
        if (alignedStart < end)
        {
            end = (end + Word - 1) & ~(Word - 1);
        }

        ref byte pixels = ref MemoryMarshal.GetArrayDataReference(currentBuffer);
        ref uint masks = ref MemoryMarshal.GetArrayDataReference(TiaTables.PlayfieldMask);
        byte background = colors[ColorBackground];
        byte foreground = colors[ColorPlayfield];
        int pointer = start;
        for (int i = x; i < end; i++, pointer++)
        {
            bool lit = (playfield & Unsafe.Add(ref masks, pfMask + i)) != 0;
            byte color = !lit ? background : !score ? foreground : colors[i < 80 ? ColorPlayer0 : ColorPlayer1];
            Unsafe.Add(ref pixels, pointer) = color;
        }
    }

    /// <summary>
    /// Draws pixel by pixel, but fills aligned 4-pixel groups in which none of the enabled objects shows with
    /// the playfield/background in one go. With <paramref name="overshoot"/>, a group may run past the span's
    /// end, as in Stella's special-cased combinations.
    /// </summary>
    private void RenderSkippingEmptyWords(int start, int count, int x, int objects, bool overshoot)
    {
        ref byte pixels = ref MemoryMarshal.GetArrayDataReference(currentBuffer);
        ref byte playerMasks = ref MemoryMarshal.GetArrayDataReference(TiaTables.PlayerMask);
        ref byte missileMasks = ref MemoryMarshal.GetArrayDataReference(TiaTables.MissileMask);
        ref byte ballMasks = ref MemoryMarshal.GetArrayDataReference(TiaTables.BallMask);
        ref uint playfieldMasks = ref MemoryMarshal.GetArrayDataReference(TiaTables.PlayfieldMask);
        ref byte encoder = ref MemoryMarshal.GetArrayDataReference(TiaTables.PriorityEncoder);
        ref ushort collisionTable = ref MemoryMarshal.GetArrayDataReference(TiaTables.Collisions);

        bool p0 = (objects & TiaObjects.P0) != 0, p1 = (objects & TiaObjects.P1) != 0;
        bool m0 = (objects & TiaObjects.M0) != 0, m1 = (objects & TiaObjects.M1) != 0;
        bool bl = (objects & TiaObjects.BL) != 0;
        int end = x + count;
        int pointer = start;
        int latches = collisions;
        while (x < end)
        {
            if ((x & (Word - 1)) == 0 && (overshoot || x + Word <= end)
                && (!p0 || Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref playerMasks, p0Mask + x)) == 0)
                && (!p1 || Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref playerMasks, p1Mask + x)) == 0)
                && (!m0 || Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref missileMasks, m0Mask + x)) == 0)
                && (!m1 || Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref missileMasks, m1Mask + x)) == 0)
                && (!bl || Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref ballMasks, blMask + x)) == 0))
            {
                // No object here: the group shows the playfield or background only and collides with nothing.
                int bits = (playfield & Unsafe.Add(ref playfieldMasks, pfMask + x)) != 0 ? TiaObjects.PF : 0;
                byte color = colors[Unsafe.Add(ref encoder, (x < 80 ? 0 : 256) + (bits | priorityAndScore))];
                Unsafe.WriteUnaligned(ref Unsafe.Add(ref pixels, pointer), color * 0x01010101u);
                x += Word;
                pointer += Word;
                continue;
            }

            int present = (playfield & Unsafe.Add(ref playfieldMasks, pfMask + x)) != 0 ? TiaObjects.PF : 0;
            if (bl && Unsafe.Add(ref ballMasks, blMask + x) != 0) present |= TiaObjects.BL;
            if ((shownGrp1 & Unsafe.Add(ref playerMasks, p1Mask + x)) != 0) present |= TiaObjects.P1;
            if (m1 && Unsafe.Add(ref missileMasks, m1Mask + x) != 0) present |= TiaObjects.M1;
            if ((shownGrp0 & Unsafe.Add(ref playerMasks, p0Mask + x)) != 0) present |= TiaObjects.P0;
            if (m0 && Unsafe.Add(ref missileMasks, m0Mask + x) != 0) present |= TiaObjects.M0;
            latches |= Unsafe.Add(ref collisionTable, present);
            Unsafe.Add(ref pixels, pointer) = colors[Unsafe.Add(ref encoder, (x < 80 ? 0 : 256) + (present | priorityAndScore))];
            x++;
            pointer++;
        }

        collisions = (ushort)latches;
    }
}
