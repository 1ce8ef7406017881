; SamRL CPU test ROM: decimal-mode ADC and SBC over every pair of BCD operands 00..99.
; Assemble: dasm cpu_decimal.asm -f3 -ocpu_decimal.bin
;
; For each a, b in 00..99 (BCD) it runs, with D set:
;   CLC; LDA a; ADC b   and adds (result + 256 * carry) to the 16-bit sum at $80/$81
;   SEC; LDA a; SBC b   and adds (result + 256 * carry) to the 16-bit sum at $82/$83
; The loop counters themselves count in decimal mode. When done it writes $42 to $84 and stops in a loop
; at the label Done, whose address it also stores at $85/$86.

        processor 6502
        seg code
        org $F000

AddSum  = $80
SubSum  = $82
Marker  = $84
DoneAt  = $85
OperA   = $87
OperB   = $88
Result  = $89

Start   sei
        cld
        ldx #$FF
        txs
        lda #0
        sta AddSum
        sta AddSum+1
        sta SubSum
        sta SubSum+1
        sta OperA

Outer   lda #0
        sta OperB

Inner   sed
        clc
        lda OperA
        adc OperB
        cld
        sta Result
        lda #0
        rol                     ; A = the carry of the decimal ADC
        tay
        clc
        lda Result
        adc AddSum
        sta AddSum
        tya
        adc AddSum+1
        sta AddSum+1

        sed
        sec
        lda OperA
        sbc OperB
        cld
        sta Result
        lda #0
        rol                     ; A = the carry of the decimal SBC
        tay
        clc
        lda Result
        adc SubSum
        sta SubSum
        tya
        adc SubSum+1
        sta SubSum+1

        sed                     ; b = b + 1 in decimal; 99 + 1 wraps to 00 with carry
        clc
        lda OperB
        adc #1
        sta OperB
        cld
        bcc Inner

        sed
        clc
        lda OperA
        adc #1
        sta OperA
        cld
        bcc Outer

        lda #$42
        sta Marker
        lda #<Done
        sta DoneAt
        lda #>Done
        sta DoneAt+1
Done    jmp Done

        org $FFFC
        .word Start
        .word Start
