; open-pong: an original Pong-style game for the Atari 2600, written for SamRL (MIT license, see README.md).
; Assemble: dasm open-pong.asm -f3 -oopen-pong.bin     (4K cartridge, NTSC)
;
; The player's paddle is on the right (joystick up/down, or a paddle on the left port's INPT0 with its
; button on SWCHA bit 7); the computer's is on the left. The first side to 21 points wins. Scores live at
; $8D (computer) and $8E (player) as plain binary, the same addresses and encoding ALE reads for Pong,
; so Pong's reward and terminal rules apply unchanged. The game mode lives at $96, where ALE's Pong
; settings read it while they press SELECT to choose a mode: 0 (power-on) is the normal computer, 1 a
; harder one (faster, quicker to react). A joystick's right and left move the paddle like up and down,
; as ALE's Pong actions RIGHT and LEFT do with a paddle: ALE plugs joysticks into a ROM it does not
; know by MD5.
;
; Frame (line 0 = the line in which VSYNC is cleared, where ALE and Stella start a frame), 262 lines:
;   lines   0..36   vertical blank: all game logic, then object positioning (RIOT timer)
;   lines  37..228  picture, 192 lines (visible line v = frame line 37 + v = ALE screen row 3 + v):
;                     v   0..3    blank; the paddle pots start charging at the start of line 0
;                     v   4..23   scores: 5 glyph rows of 4 lines, computer left, player right
;                     v  24..26   blank
;                     v  27..30   top wall
;                     v  31       blank
;                     v  32..183  play area, play line p = v - 32 (0..151)
;                     v 184..187  bottom wall
;                     v 188..191  blank
;   lines 229..258  overscan (RIOT timer), pots dumped
;   lines 259..261  vertical sync
; All positions in RAM are those of the picture drawn in the same frame: nothing moves after the picture.

        processor 6502

; ---------------------------------------------------------------------------------------------------
; Hardware registers
VSYNC   = $00
VBLANK  = $01
WSYNC   = $02
COLUP0  = $06
COLUP1  = $07
COLUPF  = $08
COLUBK  = $09
CTRLPF  = $0A
PF0     = $0D
PF1     = $0E
PF2     = $0F
RESP0   = $10
GRP0    = $1B
GRP1    = $1C
AUDC0   = $15
AUDF0   = $17
AUDV0   = $19
ENABL   = $1F
HMP0    = $20
HMOVE   = $2A
HMCLR   = $2B
INPT0   = $08
INPT4   = $0C
SWCHA   = $0280
SWCHB   = $0282
INTIM   = $0284
TIM64T  = $0296

; ---------------------------------------------------------------------------------------------------
; Game constants
PLAY_H          = 152           ; lines in the play area
PADDLE_H        = 16
BALL_H          = 4
PADDLE_MAX_Y    = PLAY_H - PADDLE_H
BALL_MAX_Y      = PLAY_H - BALL_H
PADDLE_CENTRE_Y = PADDLE_MAX_Y / 2
CPU_X           = 16            ; left edge of the computer's paddle (4 pixels wide)
PLAYER_X        = 140           ; left edge of the player's paddle
BALL_START_X    = 79
CPU_HIT_LOW     = CPU_X - 1     ; ball left edges that touch the computer's paddle: 15..19
CPU_HIT_HIGH    = CPU_X + 3
PLAYER_HIT_LOW  = PLAYER_X - 1  ; ball left edges (2-pixel ball) that touch the player's paddle: 139..143
PLAYER_HIT_HIGH = PLAYER_X + 3
BALL_OUT_RIGHT  = 158           ; the computer scores once the ball's left edge reaches this
BOUNCE_ZONES    = PADDLE_H + BALL_H - 1
WIN_SCORE       = 21
SERVE_DELAY     = 60            ; frames between a point and the automatic serve
SPEED_START     = $0180         ; horizontal ball speed, pixels per frame in 8.8 fixed point (1.5)
SPEED_STEP      = $0010         ; added at every paddle hit (1/16 pixel per frame)
SPEED_MAX       = $0300         ; 3.0: stays below the 5-pixel hit bands, so the ball cannot skip a paddle
CPU_SPEED_FRACTION = $10        ; the computer moves 1 + CPU_SPEED_FRACTION/256 lines per frame, slower than
                                ; the steepest balls (1.5): a long steep run can outpace it
CPU_REACTION    = 12            ; frames the computer stands still after the ball turns towards it
HARD_CPU_SPEED_FRACTION = $60   ; mode 1: 1.375 lines per frame, which only the two steepest angles outpace,
HARD_CPU_REACTION = 6           ; and half the reaction time (none at all makes endless rallies against a
                                ; player who only tracks the ball)
MODE_NORMAL     = 0             ; game modes (gameMode, toggled by SELECT)
MODE_HARD       = 1
PADDLE_POT_OFFSET = 3           ; ALE's paddle midpoint charges INPT0 7783 cycles (102.4 lines) after the
                                ; release, on play line 71: less 3 puts the paddle in the middle (68)
JOYSTICK_SPEED  = 3             ; player paddle lines per frame
CPU_AIM_SPREAD  = 7             ; the computer aims at a random line of its paddle (mask of the random byte)
CPU_AIM_BIAS    = 4 + PADDLE_H/2 - BALL_H/2 ; the ball's middle meets the paddle 3 lines above to 4 below its middle
PLAYER_POSITION_BIAS = 3        ; PositionObject puts players 3 pixels and the ball 4 pixels left of A
BALL_POSITION_BIAS   = 4
SCORE_LINES     = 20            ; 5 glyph rows x 4 lines
BLANK_DIGIT     = 10            ; glyph index of the empty tens digit
GAME_SEED       = $40           ; the LFSR at the start of every game (see NewGame)
GAME_STEP_FRACTION = $30 - CPU_SPEED_FRACTION ; cpuStepFraction set by NewGame: $30 once MoveCpu has run
KERNEL_COLUMNS  = $F491         ; address of PaddleColumn (see there)

STATE_OVER      = 0             ; no game running (power-on, or a side reached 21): FIRE or RESET starts one
STATE_SERVE     = 1             ; waiting to serve: after SERVE_DELAY frames, or at once on FIRE
STATE_PLAY      = 2             ; the ball is in play

RECEIVER_PLAYER = 0             ; the next serve goes to the side that lost the last point
RECEIVER_CPU    = 1

COLOUR_BACKGROUND = $00
COLOUR_CPU        = $48         ; mode 0's computer paddle and score
COLOUR_HARD_CPU   = $38         ; mode 1's: orange, so the screen shows the mode
COLOUR_PLAYER     = $C8
COLOUR_BALL       = $0E         ; ball and walls share the playfield colour
CTRL_SCORE        = $02         ; playfield in score mode: left half in COLUP0, right half in COLUP1
CTRL_PLAY         = $10         ; 2-pixel ball, playfield in COLUPF

SOUND_TONE      = 4             ; AUDC0: a pure tone
SOUND_VOLUME    = 6
WALL_PITCH      = 16            ; AUDF0 dividers (higher = lower note) and lengths in frames
WALL_FRAMES     = 3
PADDLE_PITCH    = 8
PADDLE_FRAMES   = 4
POINT_PITCH     = 28
POINT_FRAMES    = 16

VBLANK_TIMER    = 44            ; 64-cycle ticks until the picture starts on line 37
OVERSCAN_TIMER  = 35            ; 64-cycle ticks until vertical sync starts on line 259

; ---------------------------------------------------------------------------------------------------
; RAM. The documented addresses (README.md, OpenPong.cs) are checked at the end of this file.
        seg.u ram
        org $80
frame           ds 1    ; $80 frame counter
random          ds 1    ; $81 8-bit Galois LFSR, stepped every frame, seeded by every new game
state           ds 1    ; $82 STATE_*
serveTimer      ds 1    ; $83
ballX           ds 1    ; $84 left edge, pixels 0..159
ballXFrac       ds 1    ; $85
ballY           ds 1    ; $86 top line in the play area, 0..BALL_MAX_Y
ballYFrac       ds 1    ; $87
ballVX          ds 2    ; $88 signed 8.8 pixels per frame, low byte first
ballVY          ds 2    ; $8A signed 8.8 lines per frame
receiver        ds 1    ; $8C RECEIVER_*
cpuScore        ds 1    ; $8D computer's points, binary (ALE Pong's cpu score address)
playerScore     ds 1    ; $8E player's points, binary (ALE Pong's player score address)
cpuY            ds 1    ; $8F top line of the computer's paddle, 0..PADDLE_MAX_Y
playerY         ds 1    ; $90 top line of the player's paddle
potLine         ds 1    ; $91 last play line on which INPT0 was still uncharged ($FF: charged before play line 0)
paddleMode      ds 1    ; $92 1 once a paddle has been seen on INPT0; the joystick is ignored from then on
cpuAim          ds 1    ; $93 0..CPU_AIM_SPREAD, picked whenever the ball turns towards the computer
ballSpeed       ds 2    ; $94 horizontal speed magnitude, 8.8
gameMode        ds 1    ; $96 MODE_*: ALE's Pong settings read the mode here (Pong keeps its mode at $96)
selectHeld      ds 1    ; $97 SWCHB as read last frame: SELECT acts once per press
playerPointer   ds 2    ; $98 kernel column pointers: (pointer),y is the object's graphic on play line y
ballPointer     ds 2    ; $9A
leftRows        ds 5    ; $9C computer's score, one PF1 byte per glyph row
rightRows       ds 5    ; $A1 player's score
temp            ds 1    ; $A6 scratch
tensGlyph       ds 1    ; $A7 scratch of ScoreRows
onesGlyph       ds 1    ; $A8
rowsLeft        ds 1    ; $A9
cpuStepFraction ds 1    ; $AA fractional part of the computer's movement
soundTimer      ds 1    ; $AB frames until the current tone stops
cpuReaction     ds 1    ; $AC frames until the computer starts to follow the ball
cpuPointer      ds 2    ; $AD kernel column pointer of the computer's paddle

; ---------------------------------------------------------------------------------------------------
        seg code
        org $F000

Reset   sei
        cld
        ldx #0
        txa
ClearAll
        dex                     ; clears TIA registers and RAM, leaves SP = $FF
        txs
        pha
        bne ClearAll

        lda #$A5                ; fixed seed: the same inputs give the same game on every emulator
        sta random
        lda #PADDLE_CENTRE_Y
        sta cpuY
        sta playerY
        lda #PLAY_H - 1         ; no paddle seen yet
        sta potLine
        lda #%10000010          ; blank, pots dumped
        sta VBLANK

; ---------------------------------------------------------------------------------------------------
Frame   lda #2
        sta WSYNC
        sta VSYNC
        sta WSYNC
        sta WSYNC
        sta WSYNC
        lda #0
        sta VSYNC               ; frame line 0
        lda #VBLANK_TIMER
        sta TIM64T

        inc frame
        jsr StepRandom
        jsr UpdateSound
        jsr UpdateGame
        jsr MovePlayer
        jsr MoveCpu
        jsr PrepareKernel
        jsr PositionObjects

WaitVBlank
        lda INTIM
        bne WaitVBlank
        sta WSYNC               ; frame line 37 = visible line 0
        sta HMCLR               ; more than 24 cycles after the HMOVE of PositionObjects
        lda #0                  ; picture on; the pots start charging
        sta VBLANK
        lda #CTRL_SCORE
        sta CTRLPF
        ldx #4
BlankTop
        sta WSYNC
        dex
        bne BlankTop

        ; visible lines 4..23: the two PF1 copies show the computer's score (left) and the player's
        ; (right); PF1 is rewritten between them, after the left copy ends (cycle 38) and before the
        ; right one starts (cycle 54)
        ldy #0
ScoreLine
        tya
        lsr
        lsr
        tax                     ; glyph row = line / 4
        lda leftRows,x
        sta PF1
        lda rightRows,x
        REPEAT 10
        nop
        REPEND
        sta PF1                 ; ends on cycle 45 of the line (48 on the first)
        iny
        cpy #SCORE_LINES
        sta WSYNC
        bne ScoreLine

        lda #0                  ; visible line 24
        sta PF1
        lda #CTRL_PLAY
        sta CTRLPF
        ldx #3
BlankAboveWall
        sta WSYNC
        dex
        bne BlankAboveWall

        lda #$FF                ; visible line 27: top wall
        sta PF0
        sta PF1
        sta PF2
        ldx #4
TopWall sta WSYNC
        dex
        bne TopWall

        lda #0                  ; visible line 31
        sta PF0
        sta PF1
        sta PF2
        ldy #0
        lda (cpuPointer),y
        tax
        lda (ballPointer),y

        ; play lines 0..151: A and X hold the ball and computer-paddle graphics for line y, computed on
        ; the line before so that they are stored in horizontal blank, before either can be drawn
PlayLine
        sta WSYNC
        sta ENABL
        stx GRP0
        lda (playerPointer),y   ; the player's paddle starts on cycle 69: it can be stored late
        sta GRP1
        lda INPT0
        bmi Charged
        sty potLine
Charged iny
        lda (cpuPointer),y
        tax
        lda (ballPointer),y
        cpy #PLAY_H
        bne PlayLine

        sta WSYNC               ; visible line 184: bottom wall
        lda #0
        sta ENABL
        sta GRP0
        sta GRP1
        lda #$FF
        sta PF0
        sta PF1
        sta PF2
        ldx #4
BottomWall
        sta WSYNC
        dex
        bne BottomWall

        lda #0                  ; visible line 188
        sta PF0
        sta PF1
        sta PF2
        ldx #4
BlankBottom
        sta WSYNC
        dex
        bne BlankBottom

        lda #%10000010          ; frame line 229: overscan, pots dumped
        sta VBLANK
        lda #OVERSCAN_TIMER
        sta TIM64T
WaitOverscan
        lda INTIM
        bne WaitOverscan
        jmp Frame

; ---------------------------------------------------------------------------------------------------
StepRandom
        lda random
        lsr
        bcc RandomDone
        eor #$B4
RandomDone
        sta random
        rts

; The console RESET switch starts a new game at any time; FIRE starts one when none is running and
; serves early while waiting to serve.
UpdateGame
        lda SWCHB
        lsr                     ; C = RESET switch, 0 = pressed
        bcc NewGame
        jsr ReadSelect
        bcs SelectedMode
        jsr ReadFire            ; A = 0 when FIRE is pressed
        ldx state
        cpx #STATE_PLAY
        bne NotInPlay
        jmp MoveBall
NotInPlay
        cpx #STATE_SERVE
        beq WaitingToServe
        cmp #0
        beq NewGame
        rts
WaitingToServe
        cmp #0
        beq ServeNow
        dec serveTimer
        bne ServeLater
ServeNow
        jmp Serve
ServeLater
        rts

; The console SELECT switch, on the frame it is pressed down, switches to the other game mode and ends
; the game running (scores cleared, as at power-on): FIRE or RESET then starts one in the new mode.
; ReadSelect returns C = 1 on that frame only, however long SELECT is held.
ReadSelect
        lda SWCHB
        eor #$FF                ; bit 1 = 1 while SELECT is held
        and selectHeld          ; and was released in the last frame's SWCHB
        tax
        lda SWCHB
        sta selectHeld
        txa
        and #%00000010
        cmp #%00000010
        rts
SelectedMode
        lda gameMode
        eor #MODE_HARD
        sta gameMode
        lda #0
        sta cpuScore
        sta playerScore
        lda #STATE_OVER
        sta state
        rts

; A = 0 when the player's button is pressed: the joystick's (INPT4), or the paddle's (SWCHA bit 7)
; once a paddle has been seen, because SWCHA bit 7 means "right" on a joystick.
ReadFire
        lda INPT4
        bpl FirePressed
        lda paddleMode
        beq FireReleased
        lda SWCHA
        bpl FirePressed
FireReleased
        lda #1
        rts
FirePressed
        lda #0
        rts

; A new game sets the two counters that run every frame, the LFSR and the computer's step fraction, so
; that the game does not depend on how long RESET was held: ALE holds it for 8 frames, or 12 when its
; Pong settings select a mode. GAME_SEED and GAME_STEP_FRACTION are the values the first release's
; counters (which also ran while RESET was held) had at the end of ALE's 8-frame reset, so mode 0 plays exactly
; that release's games in ALE.
NewGame lda #GAME_SEED
        sta random
        lda #GAME_STEP_FRACTION
        sta cpuStepFraction
        lda #0
        sta cpuScore
        sta playerScore
        lda #RECEIVER_PLAYER
        sta receiver
BeginServeWait
        lda #STATE_SERVE
        sta state
        lda #SERVE_DELAY
        sta serveTimer
        rts

; The ball starts from the centre line at a random height, towards the receiver, at a random one of
; four gentle angles.
Serve   lda #STATE_PLAY
        sta state
        lda #BALL_START_X
        sta ballX
        lda #0
        sta ballXFrac
        sta ballYFrac
        lda random
        and #63
        clc
        adc #(BALL_MAX_Y - 63) / 2
        sta ballY
        lda random
        rol
        rol
        rol
        and #3
        tax
        lda ServeVYLow,x
        sta ballVY
        lda ServeVYHigh,x
        sta ballVY+1
        lda #<SPEED_START
        sta ballSpeed
        lda #>SPEED_START
        sta ballSpeed+1
        lda receiver
        bne ServeLeft
        jmp SendRightAtSpeed
ServeLeft
        jsr PickCpuAim
        jmp SendLeft

MoveBall
        clc
        lda ballYFrac
        adc ballVY
        sta ballYFrac
        lda ballY
        adc ballVY+1
        sta ballY
        bit ballVY+1
        bpl MovingDown
        bcs MoveAcross          ; no borrow: the ball is still at or below the top line
        lda #0
        beq BounceOffWall
MovingDown
        cmp #BALL_MAX_Y + 1
        bcc MoveAcross
        lda #BALL_MAX_Y
BounceOffWall
        sta ballY
        lda #0
        sta ballYFrac
        sec
        sbc ballVY
        sta ballVY
        lda #0
        sbc ballVY+1
        sta ballVY+1
        lda #WALL_PITCH
        ldx #WALL_FRAMES
        jsr StartSound

MoveAcross
        clc
        lda ballXFrac
        adc ballVX
        sta ballXFrac
        lda ballX
        adc ballVX+1
        sta ballX
        bit ballVX+1
        bpl MovingRight
        bcc PlayerScores        ; the ball left the screen on the computer's side
        cmp #CPU_HIT_LOW
        bcc BallDone
        cmp #CPU_HIT_HIGH + 1
        bcs BallDone
        lda cpuY
        jsr BounceZone
        bcs BallDone
        lda #CPU_X + 4
        sta ballX
        jsr PaddleSound
        jmp SendRightFaster
MovingRight
        cmp #BALL_OUT_RIGHT
        bcs CpuScores
        cmp #PLAYER_HIT_LOW
        bcc BallDone
        cmp #PLAYER_HIT_HIGH + 1
        bcs BallDone
        lda playerY
        jsr BounceZone
        bcs BallDone
        lda #PLAYER_X - 2
        sta ballX
        jsr PaddleSound
        jsr PickCpuAim
        jmp SendLeftFaster
BallDone
        rts

PlayerScores
        inc playerScore
        lda #RECEIVER_CPU
        sta receiver
        jsr PointSound
        lda playerScore
        jmp PointScored
CpuScores
        inc cpuScore
        lda #RECEIVER_PLAYER
        sta receiver
        jsr PointSound
        lda cpuScore
PointScored
        cmp #WIN_SCORE
        bcs GameOver
        jmp BeginServeWait
GameOver
        lda #STATE_OVER
        sta state
        rts

; A = top line of the paddle the ball reaches. C = 1 when the ball passes it; otherwise C = 0 and the
; vertical speed is set by where the ball met the paddle: steeper towards the ends.
BounceZone
        sta temp
        lda ballY
        clc
        adc #BALL_H - 1
        sec
        sbc temp
        cmp #BOUNCE_ZONES
        bcs ZoneDone
        tax
        lda BounceVYLow,x
        sta ballVY
        lda BounceVYHigh,x
        sta ballVY+1
        clc
ZoneDone
        rts

SendRightFaster
        jsr SpeedUp
SendRightAtSpeed
        lda ballSpeed
        sta ballVX
        lda ballSpeed+1
        sta ballVX+1
        rts

SendLeftFaster
        jsr SpeedUp
SendLeft
        sec
        lda #0
        sbc ballSpeed
        sta ballVX
        lda #0
        sbc ballSpeed+1
        sta ballVX+1
        rts

SpeedUp clc
        lda ballSpeed
        adc #<SPEED_STEP
        sta ballSpeed
        lda ballSpeed+1
        adc #>SPEED_STEP
        sta ballSpeed+1
        cmp #>SPEED_MAX         ; SPEED_MAX has a zero low byte: reaching its high byte is reaching it
        bcc SpeedDone
        lda #<SPEED_MAX
        sta ballSpeed
        lda #>SPEED_MAX
        sta ballSpeed+1
SpeedDone
        rts

; The ball turns towards the computer: it stands still for CPU_REACTION frames (HARD_CPU_REACTION in
; mode 1), then follows the ball, aiming at a random line of its paddle.
PickCpuAim
        ldx gameMode
        lda CpuReaction,x
        sta cpuReaction
        lda random
        and #CPU_AIM_SPREAD
        sta cpuAim
        rts

; Sound: one tone at a time on channel 0, cut off when its length in frames has passed.
PaddleSound
        lda #PADDLE_PITCH
        ldx #PADDLE_FRAMES
        jmp StartSound

PointSound
        lda #POINT_PITCH
        ldx #POINT_FRAMES

; A = pitch (AUDF0 divider), X = length in frames.
StartSound
        sta AUDF0
        stx soundTimer
        lda #SOUND_TONE
        sta AUDC0
        lda #SOUND_VOLUME
        sta AUDV0
        rts

UpdateSound
        lda soundTimer
        beq SoundDone
        dec soundTimer
        bne SoundDone
        lda #0
        sta AUDV0
SoundDone
        rts

; Paddle: the play line on which INPT0 charged during the last picture, less PADDLE_POT_OFFSET, is the
; paddle's top line. Joystick: up or right moves the paddle JOYSTICK_SPEED lines per frame up, down or
; left as many down (right is up as with ALE's Pong actions on a paddle).
MovePlayer
        lda potLine
        cmp #PLAY_H - 1
        beq PotNotCharged
        lda #1
        sta paddleMode
PotNotCharged
        lda paddleMode
        beq MoveByJoystick
        ldx potLine
        inx                     ; the first charged play line, 0..PLAY_H
        txa
        sec
        sbc #PADDLE_POT_OFFSET
        bcs PaddleBelowTop
        lda #0
PaddleBelowTop
        cmp #PADDLE_MAX_Y + 1
        bcc PaddleInRange
        lda #PADDLE_MAX_Y
PaddleInRange
        sta playerY
        rts

MoveByJoystick
        lda SWCHA
        and #%10010000          ; up (bit 4) or right (bit 7), 0 = pushed
        cmp #%10010000
        beq NotUp
        lda playerY
        sec
        sbc #JOYSTICK_SPEED
        bcs StoreUp
        lda #0
StoreUp sta playerY
NotUp   lda SWCHA
        and #%01100000          ; down (bit 5) or left (bit 6)
        cmp #%01100000
        beq NotDown
        lda playerY
        clc
        adc #JOYSTICK_SPEED
        cmp #PADDLE_MAX_Y + 1
        bcc StoreDown
        lda #PADDLE_MAX_Y
StoreDown
        sta playerY
NotDown rts

; The computer follows the ball only while it comes towards it, after standing still for CPU_REACTION
; frames once the ball turns, and otherwise drifts back to the centre. It moves 1 + CPU_SPEED_FRACTION/256
; lines per frame on average: slower than the ball's steeper angles, so a steep return that runs long
; in one direction gets past it, while gentle ones and balls close to it come back. Mode 1 uses
; HARD_CPU_SPEED_FRACTION.
MoveCpu lda state
        cmp #STATE_PLAY
        bne CpuToCentre
        bit ballVX+1
        bpl CpuToCentre
        lda cpuReaction
        beq CpuFollowsBall
        dec cpuReaction
        rts
CpuFollowsBall
        lda ballY
        clc
        adc cpuAim
        sec
        sbc #CPU_AIM_BIAS
        bcs CpuTargetBelowTop
        lda #0
CpuTargetBelowTop
        cmp #PADDLE_MAX_Y + 1
        bcc CpuHasTarget
        lda #PADDLE_MAX_Y
        bne CpuHasTarget
CpuToCentre
        lda #PADDLE_CENTRE_Y
CpuHasTarget
        sta temp
        clc
        ldx gameMode
        lda cpuStepFraction
        adc CpuSpeedFraction,x
        sta cpuStepFraction
        lda #1
        adc #0
        tax                     ; X = lines to move this frame: 1, or 2 when the fraction carries
CpuStep cpx #0
        beq CpuDone
        lda cpuY
        cmp temp
        beq CpuDone
        bcc CpuDown
        dec cpuY
        dex
        jmp CpuStep
CpuDown inc cpuY
        dex
        jmp CpuStep
CpuDone rts

; Colours, the three kernel column pointers and the PF1 bytes of both scores.
PrepareKernel
        lda #COLOUR_BACKGROUND
        sta COLUBK
        ldx gameMode
        lda CpuColour,x
        sta COLUP0
        lda #COLOUR_PLAYER
        sta COLUP1
        lda #COLOUR_BALL
        sta COLUPF
        lda #$FF
        sta potLine

        lda cpuY
        ldx #cpuPointer
        jsr PointIntoPaddleColumn
        lda playerY
        ldx #playerPointer
        jsr PointIntoPaddleColumn

        lda state
        cmp #STATE_PLAY
        beq BallShown
        lda #<BallColumn        ; leading zeros only: no ball
        sta ballPointer
        lda #>BallColumn
        sta ballPointer+1
        jmp Scores
BallShown
        sec
        lda #<(BallColumn + PLAY_H)
        sbc ballY
        sta ballPointer
        lda #>(BallColumn + PLAY_H)
        sbc #0
        sta ballPointer+1

Scores  lda cpuScore
        ldx #leftRows - leftRows
        jsr ScoreRows
        lda playerScore
        ldx #rightRows - leftRows
        jmp ScoreRows

; A = top line, X = zero-page address of the pointer: (pointer),y reads the paddle graphic on its lines.
PointIntoPaddleColumn
        sta temp
        sec
        lda #<(PaddleColumn + PLAY_H)
        sbc temp
        sta 0,x
        lda #>(PaddleColumn + PLAY_H)
        sbc #0
        sta 1,x
        rts

; A = score (0..21), X = 0 for leftRows or 5 for rightRows: five PF1 bytes with the tens glyph in the
; high nibble (blank below 10) and the ones glyph in the low nibble.
ScoreRows
        ldy #0
Tens    cmp #10
        bcc SplitDone
        sbc #10
        iny
        bne Tens
SplitDone
        sty tensGlyph           ; the tens digit until it becomes a glyph offset below
        tay
        lda DigitOffset,y
        sta onesGlyph
        ldy tensGlyph
        bne HasTens
        ldy #BLANK_DIGIT
HasTens lda DigitOffset,y
        sta tensGlyph
        lda #5
        sta rowsLeft
RowLoop ldy tensGlyph
        lda Digits,y
        and #$F0
        sta temp
        ldy onesGlyph
        lda Digits,y
        and #$0F
        ora temp
        sta leftRows,x
        inx
        inc tensGlyph
        inc onesGlyph
        dec rowsLeft
        bne RowLoop
        rts

; Positions the two paddles and the ball (each one line: coarse RESxx during the line, then HMOVE).
PositionObjects
        lda #CPU_X + PLAYER_POSITION_BIAS
        ldx #0
        jsr PositionObject
        lda #PLAYER_X + PLAYER_POSITION_BIAS
        ldx #1
        jsr PositionObject
        lda ballX
        clc
        adc #BALL_POSITION_BIAS
        ldx #4
        jsr PositionObject
        sta WSYNC
        sta HMOVE
        rts

; A = pixel + the object's bias, X = object (0 P0, 1 P1, 4 ball). The loop runs 15 pixels per pass; the
; remainder becomes the fine motion.
PositionObject
        sec
        sta WSYNC
Coarse  sbc #15
        bcs Coarse
        eor #7
        asl
        asl
        asl
        asl
        sta HMP0,x
        sta RESP0,x
        rts

; ---------------------------------------------------------------------------------------------------
; Tables

; Kernel columns, at KERNEL_COLUMNS. Where an object's pointer crosses a page, (pointer),y takes a cycle
; more, which moves the cycle on which the kernel reads INPT0: the columns stay at the address where the
; first release of open-pong had them, so that the paddle reads on the same line as it always did.
; PLAY_H zero bytes, the object's graphic, then enough zeros for the last read (line
; PLAY_H) of an object at the top. A pointer "column + PLAY_H - top" makes (pointer),y the graphic on
; lines top..top+height-1 and zero elsewhere.
        IF . > KERNEL_COLUMNS
        ERR                     ; the code has grown into the kernel columns
        ENDIF
        ds KERNEL_COLUMNS - ., 0
PaddleColumn
        ds PLAY_H, 0
        ds PADDLE_H, %11110000  ; 4 pixels wide
        ds PLAY_H + 1, 0
BallColumn
        ds PLAY_H, 0
        ds BALL_H, %00000010    ; ENABL bit 1
        ds PLAY_H + 1, 0

; Vertical speed after a paddle hit, in 1/256 lines per frame, by where the ball meets the paddle (0 = the
; ball's bottom line on the paddle's top line, 18 = its top line on the paddle's bottom line): from 1.5
; upwards at the top end, in equal steps, to 1.5 downwards at the bottom end; the middle sends it gently down.
BounceVYLow
        .byte <(-384), <(-344), <(-304), <(-264), <(-224), <(-184), <(-144), <(-104), <(-64), <(64)
        .byte <(64), <(104), <(144), <(184), <(224), <(264), <(304), <(344), <(384)
BounceVYHigh
        .byte >(-384), >(-344), >(-304), >(-264), >(-224), >(-184), >(-144), >(-104), >(-64), >(64)
        .byte >(64), >(104), >(144), >(184), >(224), >(264), >(304), >(344), >(384)

ServeVYLow                              ; -1.0, -0.5, +0.5, +1.0 lines per frame
        .byte <(-256), <(-128), <(128), <(256)
ServeVYHigh
        .byte >(-256), >(-128), >(128), >(256)

; The computer by game mode (MODE_NORMAL, MODE_HARD).
CpuSpeedFraction
        .byte CPU_SPEED_FRACTION, HARD_CPU_SPEED_FRACTION
CpuReaction
        .byte CPU_REACTION, HARD_CPU_REACTION
CpuColour
        .byte COLOUR_CPU, COLOUR_HARD_CPU

DigitOffset
        .byte 0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50

; 3x5 glyphs for 0..9 and blank, each row repeated in both nibbles (bit 3/7 = leftmost pixel, the 4th
; pixel column is the gap between digits).
Digits  .byte $EE, $AA, $AA, $AA, $EE   ; 0
        .byte $44, $CC, $44, $44, $EE   ; 1
        .byte $EE, $22, $EE, $88, $EE   ; 2
        .byte $EE, $22, $66, $22, $EE   ; 3
        .byte $AA, $AA, $EE, $22, $22   ; 4
        .byte $EE, $88, $EE, $22, $EE   ; 5
        .byte $EE, $88, $EE, $AA, $EE   ; 6
        .byte $EE, $22, $22, $22, $22   ; 7
        .byte $EE, $AA, $EE, $AA, $EE   ; 8
        .byte $EE, $AA, $EE, $22, $EE   ; 9
        .byte $00, $00, $00, $00, $00   ; blank

; ---------------------------------------------------------------------------------------------------
; The documented RAM map (README.md and OpenPong.cs) must not drift.
        IF cpuScore != $8D || playerScore != $8E || state != $82 || ballX != $84 || ballY != $86
        ERR
        ENDIF
        IF cpuY != $8F || playerY != $90 || ballSpeed != $94 || gameMode != $96
        ERR
        ENDIF

        org $FFFC
        .word Reset
        .word Reset
