using SamRL.Environments.Core;

namespace SamRL.Environments.Tasks;

/// <summary>Sampling helpers shared by the task generators, all drawing from one <see cref="Rng"/>.</summary>
internal static class Sampling
{
    /// <summary>Fisher–Yates shuffle in place.</summary>
    public static void Shuffle(Rng rng, Span<int> values)
    {
        for (var i = values.Length - 1; i > 0; i--)
        {
            var j = rng.NextInt(i + 1);
            (values[i], values[j]) = (values[j], values[i]);
        }
    }

    /// <summary>The values 0..count−1 in random order.</summary>
    public static int[] Permutation(Rng rng, int count)
    {
        var values = new int[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = i;
        }

        Shuffle(rng, values);
        return values;
    }

    /// <summary>A uniform integer in [min, max].</summary>
    public static int Between(Rng rng, int min, int max) => min + rng.NextInt(max - min + 1);

    /// <summary>Fills <paramref name="row"/> with independent fair bits (0 or 1).</summary>
    public static void FillBits(Rng rng, Span<float> row)
    {
        for (var i = 0; i < row.Length; i++)
        {
            row[i] = rng.NextUInt64() >> 63 == 0 ? 0f : 1f;
        }
    }

    /// <summary>A mask of ones, [steps × batch].</summary>
    public static float[] Ones(int count)
    {
        var mask = new float[count];
        Array.Fill(mask, 1f);
        return mask;
    }
}
