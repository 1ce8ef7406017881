; SamRL TIA test ROM: a frame cut short by a CPU jam, to show how ALE greys an unfinished frame.
; Assemble: dasm tia_partial.asm -f3 -otia_partial.bin
;
; Frames 1 and 2 (after the boot frame): VSYNC, then lines 0..199 with COLUBK = $8E and VBLANK off,
; then VBLANK on. Frame 3: the same for lines 0..99 only, then the jam opcode $02 at the start of line 100.
; ALE draws into two alternating buffers, so the lines frame 3 never draws still hold frame 1's picture.

        processor 6502
        include "tia_registers.h"

        seg code
        org $F000

Start   sei
        cld
        ldx #0
        txa
Clear   dex
        txs
        pha
        bne Clear

Frame   lda #2
        sta VBLANK
        sta WSYNC
        sta VSYNC
        sta WSYNC
        sta WSYNC
        sta WSYNC
        lda #0
        sta VSYNC               ; line 0
        sta VBLANK
        lda #$8E
        sta COLUBK
        ldx #200
        lda $80
        cmp #2
        bne Lines
        ldx #100                ; frame 3
Lines   sta WSYNC
        dex
        bne Lines
        lda $80
        cmp #2
        beq Jam
        lda #2
        sta VBLANK
        inc $80
        ldx #58                 ; lines 200..257
Overscan sta WSYNC
        dex
        bne Overscan
        jmp Frame

Jam     .byte $02

        org $FFFC
        .word Start
        .word Start
