; SamRL TIA test ROM: a 262-line NTSC frame whose visible part is ten bands of 20 lines, each showing one
; TIA feature with fixed register values; collision latches and input ports are copied to RAM in overscan.
; Assemble: dasm tia_bands.asm -f3 -otia_bands.bin
;
; Frame layout (line 0 = the line in which VSYNC is cleared, i.e. where ALE starts a frame):
;   lines   0..33   vertical blank
;   lines  34..233  bands 0..9; band b starts at line 34 + 20b; its first two lines are set-up lines,
;                   the other 18 show the band's picture (screen rows 20b + 2 .. 20b + 19)
;   line  234       collision latches CXM0P..CXPPMM -> $80..$87, then CXCLR
;   line  235..243  paddle: INPT0 while dumped -> $8A, 3 cycles after the release -> $8B, INPT1 -> $8D,
;                   INPT4 -> $88, INPT5 -> $89, INPT0 599 cycles after the release -> $8C
;   line  244..251  object positioning (RESxx at fixed cycles after WSYNC), HMOVE, HMCLR
;   line  252..261  vertical sync (set at line 259, cleared at line 262 = next frame's line 0)
;
; Object positions after HMOVE: P0 64, P1 97, M0 77, M1 132, BL 34.

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
        sta VSYNC               ; line 0 of the frame

        ldx #34
VBlank  sta WSYNC
        dex
        bne VBlank
        lda #0                  ; line 34
        sta VBLANK

; Band 0: playfield PF0=$50 PF1=$A5 PF2=$3C, not reflected, COLUPF $1E on COLUBK $80
        jsr ClearObjects
        sta WSYNC
        jsr PlayfieldPattern
        sta WSYNC
        jsr Lines18

; Band 1: the same playfield reflected (CTRLPF bit 0)
        jsr ClearObjects
        sta WSYNC
        jsr PlayfieldPattern
        lda #$01
        sta CTRLPF
        sta WSYNC
        jsr Lines18

; Band 2: the same playfield in score mode (CTRLPF bit 1): left half COLUP0 $44, right half COLUP1 $C6
        jsr ClearObjects
        sta WSYNC
        jsr PlayfieldPattern
        lda #$02
        sta CTRLPF
        sta WSYNC
        jsr Lines18

; Band 3: player 0 alone, GRP0=$F0, one copy
        jsr ClearObjects
        sta WSYNC
        lda #$F0
        sta GRP0
        sta WSYNC
        jsr Lines18

; Band 4: player 1, two close copies (NUSIZ1=1), GRP1=$C1 reflected (REFP1)
        jsr ClearObjects
        sta WSYNC
        lda #$01
        sta NUSIZ1
        lda #$08
        sta REFP1
        lda #$C1
        sta GRP1
        sta WSYNC
        jsr Lines18

; Band 5: missile 0 4 wide, missile 1 2 wide, ball 8 wide
        jsr ClearObjects
        sta WSYNC
        lda #$20
        sta NUSIZ0
        lda #$10
        sta NUSIZ1
        lda #$30
        sta CTRLPF
        lda #$02
        sta ENAM0
        sta ENAM1
        sta ENABL
        sta WSYNC
        jsr Lines18

; Band 6: vertical delay: VDELP0 shows the GRP0 value latched by the last GRP1 write ($C3), not the new $3C
        jsr ClearObjects
        sta WSYNC
        lda #$01
        sta VDELP0
        lda #$C3
        sta GRP0
        lda #$00
        sta GRP1
        lda #$3C
        sta GRP0
        sta WSYNC
        jsr Lines18

; Band 7: background only, HMOVE early in every line (HMOVE bars: first 8 pixels black)
        jsr ClearObjects
        sta WSYNC
        sta HMCLR
        sta WSYNC
        ldx #18
Bars    sta HMOVE
        sta WSYNC
        dex
        bne Bars

; Band 8: collisions P0-PF and BL-PF: PF1=$0F PF2=$30, GRP0=$FF, ball 8 wide
        jsr ClearObjects
        sta WSYNC
        lda #$0F
        sta PF1
        lda #$30
        sta PF2
        lda #$FF
        sta GRP0
        lda #$30
        sta CTRLPF
        lda #$02
        sta ENABL
        sta WSYNC
        jsr Lines18

; Band 9: collisions P0-P1 and M1-P0: P0 three medium copies (64, 96, 128), P1 at 97, M1 1 wide at 132
        jsr ClearObjects
        sta WSYNC
        lda #$06
        sta NUSIZ0
        lda #$FF
        sta GRP0
        sta GRP1
        lda #$02
        sta ENAM1
        sta WSYNC
        jsr Lines18

; Line 234: overscan; latches and fire buttons to RAM
        lda #2
        sta VBLANK
        lda CXM0P
        sta $80
        lda CXM1P
        sta $81
        lda CXP0FB
        sta $82
        lda CXP1FB
        sta $83
        lda CXM0FB
        sta $84
        lda CXM1FB
        sta $85
        lda CXBLPF
        sta $86
        lda CXPPMM
        sta $87
        sta CXCLR
        sta WSYNC

; Line 235: paddle pot timing (dump released at cycle 16)
        lda #$82
        sta VBLANK
        lda INPT0
        sta $8A
        lda #$02
        sta VBLANK
        lda INPT0
        sta $8B
        lda INPT1
        sta $8D
        lda INPT4
        sta $88
        lda INPT5
        sta $89
        ldx #8
Charge  sta WSYNC
        dex
        bne Charge
        lda INPT0               ; line 243, cycle 7: 599 cycles after the release
        sta $8C
        sta WSYNC

; Lines 244..248: positions (RESxx write at CPU cycle 3 + 2 * NOPs of the line)
        SLEEP_EVEN 40
        sta RESP0               ; cycle 43: P0 at 3*43 - 68 + 5 = 66
        sta WSYNC
        SLEEP_EVEN 50
        sta RESP1               ; cycle 53: P1 at 96
        sta WSYNC
        SLEEP_EVEN 44
        sta RESM0               ; cycle 47: M0 at 3*47 - 68 + 4 = 77
        sta WSYNC
        SLEEP_EVEN 60
        sta RESM1               ; cycle 63: M1 at 125
        sta WSYNC
        SLEEP_EVEN 30
        sta RESBL               ; cycle 33: BL at 35
        sta WSYNC

; Line 249: motions (left 2, right 1, none, right 7, left 1); line 250: HMOVE at cycle 3; line 251: HMCLR
        lda #$20
        sta HMP0
        lda #$F0
        sta HMP1
        lda #$00
        sta HMM0
        lda #$90
        sta HMM1
        lda #$10
        sta HMBL
        sta WSYNC
        sta HMOVE
        sta WSYNC
        sta HMCLR
        sta WSYNC

        ldx #6
Overscan sta WSYNC
        dex
        bne Overscan
        jmp Frame

; Ends with A = 0; 59 cycles including JSR/RTS.
ClearObjects
        lda #0
        sta VDELP0
        sta VDELP1
        sta GRP0
        sta GRP1
        sta ENAM0
        sta ENAM1
        sta ENABL
        sta PF0
        sta PF1
        sta PF2
        sta NUSIZ0
        sta NUSIZ1
        sta REFP0
        sta REFP1
        sta CTRLPF
        rts

PlayfieldPattern
        lda #$50
        sta PF0
        lda #$A5
        sta PF1
        lda #$3C
        sta PF2
        lda #$1E
        sta COLUPF
        lda #$80
        sta COLUBK
        lda #$44
        sta COLUP0
        lda #$C6
        sta COLUP1
        rts

; 18 WSYNC lines.
Lines18 ldx #18
Wait18  sta WSYNC
        dex
        bne Wait18
        rts

        org $FFFC
        .word Start
        .word Start
