; SamRL cartridge test ROM: an 8 KiB F8 image whose code crosses between the banks through the hot-spots.
; Assemble: dasm cart_f8.asm -f3 -ocart_f8.bin
;
; The console starts in bank 1 (file offset $1000). Bank 1 stores $11 at $80 and reads $FFF8 from a stub at
; $FF00; the next opcode comes from bank 0, which stores $22 at $81 and bank 0's data byte at $82, then writes
; $FFF9 from a stub at $FF10; back in bank 1 it stores bank 1's data byte at $83 and loops at Done.

        processor 6502
        seg code

; ---------------- bank 0 (file $0000-$0FFF) ----------------
        org $0000
        rorg $F000
Bank0Main
        lda #$22
        sta $81
        lda Data
        sta $82
        jmp ToBank1

        org $0100
        rorg $F100
        .byte $B0

        org $0F00
        rorg $FF00
        lda $FFF8               ; (bank 1 runs this copy)
        jmp Bank0Main           ; first opcode fetched after the switch to bank 0

        org $0F10
        rorg $FF10
ToBank1 sta $FFF9
        jmp Bank0Main           ; never reached: the next fetch comes from bank 1

        org $0FFC
        rorg $FFFC
        .word Bank0Main
        .word Bank0Main

; ---------------- bank 1 (file $1000-$1FFF), the start bank ----------------
        org $1000
        rorg $F000
Start   sei
        cld
        ldx #$FF
        txs
        lda #$11
        sta $80
        jmp ToBank0

Back    lda Data
        sta $83
Done    jmp Done

        org $1100
        rorg $F100
Data    .byte $B1

        org $1F00
        rorg $FF00
ToBank0 lda $FFF8
        jmp Done                ; never reached: the next fetch comes from bank 0

        org $1F10
        rorg $FF10
        sta $FFF9               ; (bank 0 runs this copy)
        jmp Back                ; first opcode fetched after the switch to bank 1

        org $1FFC
        rorg $FFFC
        .word Start
        .word Start
