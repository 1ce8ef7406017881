namespace SamRL.Memory;

/// <summary>
/// One of STM's three mixing scalars (α1 relational-memory decay, α2 relational read-back, α3 transfer):
/// either a learned scalar parameter initialised to 0 (the authors' default), or a fixed constant.
/// </summary>
public readonly record struct Alpha
{
    private Alpha(bool isLearned, double value)
    {
        IsLearned = isLearned;
        Value = value;
    }

    /// <summary>A learned scalar, initialised to 0.</summary>
    public static Alpha Learned => new(true, 0.0);

    /// <summary>A constant that is not learned.</summary>
    public static Alpha Fixed(double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "expected a finite constant");
        return new(false, value);
    }

    /// <summary>Whether the scalar is a learned parameter.</summary>
    public bool IsLearned { get; }

    /// <summary>The constant (for a fixed α) or the initial value (0, for a learned α).</summary>
    public double Value { get; }

    /// <summary>Whether the scalar is the constant 0, so that the term it multiplies vanishes.</summary>
    public bool IsFixedZero => !IsLearned && Value == 0.0;

    /// <inheritdoc />
    public override string ToString() => IsLearned ? "learned" : Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
