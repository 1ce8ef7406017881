namespace SamRL.Atari.Tests.Cpu;

/// <summary>
/// The published NMOS 6502 opcode matrix (mnemonic and addressing mode per opcode, undocumented names as on
/// NESdev/6502.org), typed in independently of the emulator.
/// </summary>
internal static class OpcodeMatrix
{
    private static readonly string[] Rows =
    [
        "BRK imp|ORA izx|JAM imp|SLO izx|NOP zp|ORA zp|ASL zp|SLO zp|PHP imp|ORA imm|ASL acc|ANC imm|NOP abs|ORA abs|ASL abs|SLO abs",
        "BPL rel|ORA izy|JAM imp|SLO izy|NOP zpx|ORA zpx|ASL zpx|SLO zpx|CLC imp|ORA aby|NOP imp|SLO aby|NOP abx|ORA abx|ASL abx|SLO abx",
        "JSR abs|AND izx|JAM imp|RLA izx|BIT zp|AND zp|ROL zp|RLA zp|PLP imp|AND imm|ROL acc|ANC imm|BIT abs|AND abs|ROL abs|RLA abs",
        "BMI rel|AND izy|JAM imp|RLA izy|NOP zpx|AND zpx|ROL zpx|RLA zpx|SEC imp|AND aby|NOP imp|RLA aby|NOP abx|AND abx|ROL abx|RLA abx",
        "RTI imp|EOR izx|JAM imp|SRE izx|NOP zp|EOR zp|LSR zp|SRE zp|PHA imp|EOR imm|LSR acc|ALR imm|JMP abs|EOR abs|LSR abs|SRE abs",
        "BVC rel|EOR izy|JAM imp|SRE izy|NOP zpx|EOR zpx|LSR zpx|SRE zpx|CLI imp|EOR aby|NOP imp|SRE aby|NOP abx|EOR abx|LSR abx|SRE abx",
        "RTS imp|ADC izx|JAM imp|RRA izx|NOP zp|ADC zp|ROR zp|RRA zp|PLA imp|ADC imm|ROR acc|ARR imm|JMP ind|ADC abs|ROR abs|RRA abs",
        "BVS rel|ADC izy|JAM imp|RRA izy|NOP zpx|ADC zpx|ROR zpx|RRA zpx|SEI imp|ADC aby|NOP imp|RRA aby|NOP abx|ADC abx|ROR abx|RRA abx",
        "NOP imm|STA izx|NOP imm|SAX izx|STY zp|STA zp|STX zp|SAX zp|DEY imp|NOP imm|TXA imp|XAA imm|STY abs|STA abs|STX abs|SAX abs",
        "BCC rel|STA izy|JAM imp|SHA izy|STY zpx|STA zpx|STX zpy|SAX zpy|TYA imp|STA aby|TXS imp|TAS aby|SHY abx|STA abx|SHX aby|SHA aby",
        "LDY imm|LDA izx|LDX imm|LAX izx|LDY zp|LDA zp|LDX zp|LAX zp|TAY imp|LDA imm|TAX imp|LXA imm|LDY abs|LDA abs|LDX abs|LAX abs",
        "BCS rel|LDA izy|JAM imp|LAX izy|LDY zpx|LDA zpx|LDX zpy|LAX zpy|CLV imp|LDA aby|TSX imp|LAS aby|LDY abx|LDA abx|LDX aby|LAX aby",
        "CPY imm|CMP izx|NOP imm|DCP izx|CPY zp|CMP zp|DEC zp|DCP zp|INY imp|CMP imm|DEX imp|SBX imm|CPY abs|CMP abs|DEC abs|DCP abs",
        "BNE rel|CMP izy|JAM imp|DCP izy|NOP zpx|CMP zpx|DEC zpx|DCP zpx|CLD imp|CMP aby|NOP imp|DCP aby|NOP abx|CMP abx|DEC abx|DCP abx",
        "CPX imm|SBC izx|NOP imm|ISC izx|CPX zp|SBC zp|INC zp|ISC zp|INX imp|SBC imm|NOP imp|SBC imm|CPX abs|SBC abs|INC abs|ISC abs",
        "BEQ rel|SBC izy|JAM imp|ISC izy|NOP zpx|SBC zpx|INC zpx|ISC zpx|SED imp|SBC aby|NOP imp|ISC aby|NOP abx|SBC abx|INC abx|ISC abx",
    ];

    private static readonly HashSet<string> Writes = ["STA", "STX", "STY", "SAX", "SHA", "SHX", "SHY", "TAS"];

    private static readonly HashSet<string> ReadModifyWrites =
        ["ASL", "LSR", "ROL", "ROR", "INC", "DEC", "SLO", "RLA", "SRE", "RRA", "DCP", "ISC"];

    public static (string Mnemonic, string Mode) Entry(int opcode)
    {
        string[] parts = Rows[opcode >> 4].Split('|')[opcode & 0x0F].Split(' ');
        return (parts[0], parts[1]);
    }

    /// <summary>
    /// The documented NMOS base cycle count from the addressing-mode rules (no page crossing, branch not taken).
    /// </summary>
    public static int BaseCycles(int opcode)
    {
        (string mnemonic, string mode) = Entry(opcode);
        bool write = Writes.Contains(mnemonic);
        bool readModifyWrite = ReadModifyWrites.Contains(mnemonic);
        return (mnemonic, mode) switch
        {
            ("BRK", _) => 7,
            ("RTS" or "RTI", _) => 6,
            ("PHA" or "PHP", _) => 3,
            ("PLA" or "PLP", _) => 4,
            ("JSR", _) => 6,
            ("JMP", "abs") => 3,
            ("JMP", "ind") => 5,
            (_, "imp" or "acc" or "imm" or "rel") => 2,
            (_, "zp") => readModifyWrite ? 5 : 3,
            (_, "zpx" or "zpy") => readModifyWrite ? 6 : 4,
            (_, "abs") => readModifyWrite ? 6 : 4,
            (_, "abx" or "aby") => readModifyWrite ? 7 : write ? 5 : 4,
            (_, "izx") => readModifyWrite ? 8 : 6,
            (_, "izy") => readModifyWrite ? 8 : write ? 6 : 5,
            _ => throw new InvalidOperationException($"No rule for {mnemonic} {mode}."),
        };
    }
}
