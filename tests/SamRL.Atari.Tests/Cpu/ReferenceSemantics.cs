namespace SamRL.Atari.Tests.Cpu;

/// <summary>
/// A plain reference of what each memory-operand instruction computes (binary mode), written from the
/// instruction descriptions independently of the emulator: given A, X, Y, carry and the operand M it returns
/// the new A, X, Y, the byte written back (if any) and the N, Z, C, V flags that the instruction defines.
/// </summary>
internal static class ReferenceSemantics
{
    public readonly record struct Outcome(int A, int X, int Y, int? Written, bool? N, bool? Z, bool? C, bool? V);

    public static Outcome? Apply(string mnemonic, int a, int x, int y, bool carry, int m)
    {
        int c = carry ? 1 : 0;
        return mnemonic switch
        {
            "LDA" => Load(m, a: m, x, y),
            "LDX" => Load(m, a, x: m, y),
            "LDY" => Load(m, a, x, y: m),
            "LAX" => Load(m, a: m, x: m, y),
            "ORA" => Load(a | m, a | m, x, y),
            "AND" => Load(a & m, a & m, x, y),
            "EOR" => Load(a ^ m, a ^ m, x, y),
            "ADC" => Add(a, m, c, x, y, written: null),
            "SBC" => Add(a, m ^ 0xFF, c, x, y, written: null),
            "CMP" => Compare(a, m, a, x, y),
            "CPX" => Compare(x, m, a, x, y),
            "CPY" => Compare(y, m, a, x, y),
            "BIT" => new Outcome(a, x, y, null, (m & 0x80) != 0, (a & m) == 0, null, (m & 0x40) != 0),
            "STA" => new Outcome(a, x, y, a, null, null, null, null),
            "STX" => new Outcome(a, x, y, x, null, null, null, null),
            "STY" => new Outcome(a, x, y, y, null, null, null, null),
            "SAX" => new Outcome(a, x, y, a & x, null, null, null, null),
            "ASL" => Shifted(a, x, y, (m << 1) & 0xFF, (m & 0x80) != 0),
            "LSR" => Shifted(a, x, y, m >> 1, (m & 0x01) != 0),
            "ROL" => Shifted(a, x, y, ((m << 1) | c) & 0xFF, (m & 0x80) != 0),
            "ROR" => Shifted(a, x, y, (m >> 1) | (c << 7), (m & 0x01) != 0),
            "INC" => Shifted(a, x, y, (m + 1) & 0xFF, null),
            "DEC" => Shifted(a, x, y, (m - 1) & 0xFF, null),
            "SLO" => Combined(((m << 1) & 0xFF) | a, x, y, (m << 1) & 0xFF, (m & 0x80) != 0),
            "RLA" => Combined((((m << 1) | c) & 0xFF) & a, x, y, ((m << 1) | c) & 0xFF, (m & 0x80) != 0),
            "SRE" => Combined((m >> 1) ^ a, x, y, m >> 1, (m & 0x01) != 0),
            "RRA" => Add(a, (m >> 1) | (c << 7), m & 0x01, x, y, written: (m >> 1) | (c << 7)),
            "DCP" => Compare(a, (m - 1) & 0xFF, a, x, y) with { Written = (m - 1) & 0xFF },
            "ISC" => Add(a, ((m + 1) & 0xFF) ^ 0xFF, c, x, y, written: (m + 1) & 0xFF),
            _ => null,
        };
    }

    private static Outcome Load(int value, int a, int x, int y) =>
        new(a, x, y, null, (value & 0x80) != 0, value == 0, null, null);

    private static Outcome Add(int a, int operand, int carryIn, int x, int y, int? written)
    {
        int sum = a + operand + carryIn;
        int result = sum & 0xFF;
        bool overflow = ((a ^ result) & (operand ^ result) & 0x80) != 0;
        return new Outcome(result, x, y, written, (result & 0x80) != 0, result == 0, sum > 0xFF, overflow);
    }

    private static Outcome Compare(int register, int m, int a, int x, int y)
    {
        int difference = (register - m) & 0xFF;
        return new Outcome(a, x, y, null, (difference & 0x80) != 0, register == m, register >= m, null);
    }

    private static Outcome Shifted(int a, int x, int y, int value, bool? carry) =>
        new(a, x, y, value, (value & 0x80) != 0, value == 0, carry, null);

    private static Outcome Combined(int newA, int x, int y, int written, bool carry) =>
        new(newA, x, y, written, (newA & 0x80) != 0, newA == 0, carry, null);
}
