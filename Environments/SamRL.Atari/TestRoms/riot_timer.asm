; SamRL RIOT test ROM: interval timer read-back as the CPU sees it, with ALE's access time stamps.
; Assemble: dasm riot_timer.asm -f3 -oriot_timer.bin
;
; Loads TIM8T with 10, reads INTIM twice, polls TIMINT until bit 7 rises (counting polls in Y), then reads
; INTIM and TIMINT once more. Results: $80 INTIM 4 cycles after the load, $81 INTIM 11 cycles after it,
; $82 INTIM after the expiry, $83 TIMINT after that read, $84 the number of polls. Then it loops at Done.

        processor 6502
        seg code
        org $F000

INTIM   = $0284
TIMINT  = $0285
TIM8T   = $0295

Start   sei
        cld
        ldx #$FF
        txs
        ldy #0
        lda #10
        sta TIM8T               ; the write is stamped t0
        lda INTIM               ; t0 + 4
        sta $80
        ldx INTIM               ; t0 + 11
        stx $81
Poll    iny                     ; TIMINT is read at t0 + 20 + 9k
        lda TIMINT
        bpl Poll
        lda INTIM               ; 6 cycles after the last poll
        sta $82
        lda TIMINT
        sta $83
        sty $84
Done    jmp Done

        org $FFFC
        .word Start
        .word Start
