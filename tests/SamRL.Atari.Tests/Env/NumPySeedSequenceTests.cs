using SamRL.Atari.Env;

namespace SamRL.Atari.Tests.Env;

/// <summary>NumPy's published SeedSequence reference values (numpy/random/tests/test_seed_sequence.py).</summary>
public sealed class NumPySeedSequenceTests
{
    [Fact]
    public void Seed_42_generates_numpys_reference_words()
    {
        Assert.Equal([3444837047u, 2669555309u, 2046530742u, 3581440988u], NumPySeedSequence.GenerateState(NumPySeedSequence.EntropyOf(42), 4));
    }

    [Theory]
    [InlineData(new uint[] { 3735928559, 195939070, 229505742, 305419896 }, new uint[] { 3914649087, 576849849, 3593928901, 2229911004 })]
    [InlineData(new uint[] { 3668361503, 4165561550, 1661411377, 3634257570 }, new uint[] { 2240804226, 3691353228, 1365957195, 2654016646 })]
    [InlineData(new uint[] { 2766103236, 2883057919, 4029656435, 862374500 }, new uint[] { 296367413, 4262059219, 13109864, 3283683422 })]
    public void Four_word_entropy_matches_the_cpp_reference(uint[] entropy, uint[] expected)
    {
        Assert.Equal(expected, NumPySeedSequence.GenerateState(entropy, 4));
    }

    [Fact]
    public void Integers_become_little_endian_words_with_zero_as_one_word()
    {
        Assert.Equal([0u], NumPySeedSequence.EntropyOf(0));
        Assert.Equal([0u, 1u], NumPySeedSequence.EntropyOf(1UL << 32));
        Assert.NotEqual(NumPySeedSequence.GenerateState(NumPySeedSequence.EntropyOf(42), 4), NumPySeedSequence.GenerateState(NumPySeedSequence.EntropyOf(42UL << 32), 4));
    }

    [Fact]
    public void Ales_random_seed_is_the_second_generated_word_as_in_gymnasium()
    {
        Assert.Equal(2669555309u, AtariEnv.AleRandomSeed(42));
    }
}
