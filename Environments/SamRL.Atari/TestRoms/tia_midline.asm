; SamRL TIA test ROM: register writes in the middle of a line. A 262-line NTSC frame with two bands.
; Assemble: dasm tia_midline.asm -f3 -otia_midline.bin
;
; Line 0 = the line in which VSYNC is cleared. Every band line starts with WSYNC, so a write by an
; instruction ending at CPU cycle c of the line happens at colour clock 3c, i.e. screen x = 3c - 68.
;   lines  34..35   set-up
;   lines  36..75   band A, asymmetric playfield: each line writes PF0/PF1/PF2 = $90/$C3/$5A before the
;                   picture starts, then PF0 = $60 at cycle 38, PF1 = $3C at cycle 47, PF2 = $A5 at cycle 58:
;                   after the left half has shown each register and before the right half reads it
;   lines  76..115  band B, background $80 from the line start, COLUBK = $46 written at cycle 43 (x = 61)
;   lines 116..261  blank (vertical sync from line 259)

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

        ldx #34
VBlank  sta WSYNC
        dex
        bne VBlank
        lda #0                  ; line 34
        sta VBLANK
        lda #$1E
        sta COLUPF
        lda #$80
        sta COLUBK
        sta WSYNC               ; line 35
        ldx #40

; Band A: lines 36..75
Asym    sta WSYNC
        lda #$90                ; cycle 2
        sta PF0                 ; 5
        lda #$C3
        sta PF1                 ; 10
        lda #$5A
        sta PF2                 ; 15
        SLEEP_EVEN 18           ; 33
        lda #$60
        sta PF0                 ; 38
        lda #$3C
        SLEEP_EVEN 4
        sta PF1                 ; 47
        lda #$A5
        SLEEP_EVEN 6
        sta PF2                 ; 58
        dex
        bne Asym

; Band B: lines 76..115
        ldx #40
Split   sta WSYNC
        lda #0
        sta PF0                 ; 5
        sta PF1                 ; 8
        sta PF2                 ; 11
        lda #$80
        sta COLUBK              ; 16
        SLEEP_EVEN 22           ; 38
        lda #$46                ; 40
        sta COLUBK              ; 43: x = 3 * 43 - 68 = 61
        dex
        bne Split

        sta WSYNC               ; ends line 115
        lda #2
        sta VBLANK
        ldx #142                ; lines 116..257; Frame's first WSYNC ends line 258
Overscan sta WSYNC
        dex
        bne Overscan
        jmp Frame

        org $FFFC
        .word Start
        .word Start
