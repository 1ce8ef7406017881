using SamRL.Atari.Machine;
using SamRL.Atari.Machine.Cartridges;

namespace SamRL.Atari.Tests.Cartridges;

public class CartridgeDetectorTests
{
    public static TheoryData<string, byte[], CartridgeType> Detectable() => new()
    {
        { "2K", TestImages.Patterned(2048), CartridgeType.TwoK },
        { "4K with equal halves", Doubled(TestImages.Patterned(2048)), CartridgeType.TwoK },
        { "4K", TestImages.Patterned(4096), CartridgeType.FourK },
        { "8K", TestImages.Patterned(8192), CartridgeType.F8 },
        { "8K with equal halves", Doubled(TestImages.Patterned(4096)), CartridgeType.FourK },
        { "8K Superchip", TestImages.WithConstantRamAreas(TestImages.Patterned(8192)), CartridgeType.F8SC },
        { "8K with STA $1FE0", TestImages.WithBytesAt(TestImages.Patterned(8192), 100, 0x8D, 0xE0, 0x1F), CartridgeType.E0 },
        { "8K with LDA $BFF3", TestImages.WithBytesAt(TestImages.Patterned(8192), 5000, 0xAD, 0xF3, 0xBF), CartridgeType.E0 },
        { "8K with JSR $D000; DEC $C5", TestImages.WithBytesAt(TestImages.Patterned(8192), 300, 0x20, 0x00, 0xD0, 0xC6, 0xC5), CartridgeType.FE },
        { "8K with two STA $3F", TwoStores3F(8192), CartridgeType.ThreeF },
        { "12K", TestImages.Patterned(12288), CartridgeType.FA },
        { "16K", TestImages.Patterned(16384), CartridgeType.F6 },
        { "16K Superchip", TestImages.WithConstantRamAreas(TestImages.Patterned(16384)), CartridgeType.F6SC },
        { "16K with E7 RAM area", E7Image(), CartridgeType.E7 },
        { "32K", TestImages.Patterned(32768), CartridgeType.F4 },
        { "32K Superchip", TestImages.WithConstantRamAreas(TestImages.Patterned(32768)), CartridgeType.F4SC },
        { "64K with two STA $3F", TwoStores3F(65536), CartridgeType.ThreeF },
    };

    [Theory]
    [MemberData(nameof(Detectable))]
    public void DetectsLikeStella(string description, byte[] image, CartridgeType expected)
    {
        Assert.True(expected == CartridgeDetector.Detect(image, "game.bin"), description);
        Assert.Equal(expected, CartridgeFactory.Create(image, "game.bin", new Mt19937(1)).Type);
    }

    [Fact]
    public void OneStoreTo3FIsNotEnoughForThreeF()
    {
        byte[] image = TestImages.WithBytesAt(TestImages.Patterned(8192), 100, 0x85, 0x3F);
        Assert.Equal(CartridgeType.F8, CartridgeDetector.Detect(image, "game.bin"));
    }

    [Theory]
    [InlineData(8192, new byte[] { 0x8D, 0x40, 0x02 }, "UA")]
    [InlineData(8192, new byte[] { 0x85, 0x3E, 0xA9, 0x00 }, "3E")]
    [InlineData(2048, new byte[] { 0x9D, 0xFF, 0xF3 }, "CV")]
    [InlineData(8448, new byte[0], "AR")]
    [InlineData(10240, new byte[0], "DPC")]
    [InlineData(65536, new byte[0], "MB")]
    public void UnsupportedSchemesAreRejectedByName(int size, byte[] signature, string scheme)
    {
        byte[] image = TestImages.WithBytesAt(TestImages.Patterned(size), 100, signature);
        var error = Assert.Throws<InvalidRomException>(() => CartridgeDetector.Detect(image, "odd.bin"));
        Assert.Contains("odd.bin", error.Message);
        Assert.Contains(scheme, error.Message);
        Assert.Equal("odd.bin", error.RomName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1000)]
    [InlineData(3000)]
    [InlineData(4097)]
    public void SizesNoSchemeFitsAreRejectedWithTheAcceptedSizes(int size)
    {
        var error = Assert.Throws<InvalidRomException>(() => CartridgeDetector.Detect(TestImages.Patterned(size), "bad.bin"));
        Assert.Contains("bad.bin", error.Message);
        Assert.Contains("2048, 4096, 8192", error.Message);
    }

    [Theory]
    [InlineData("2k", CartridgeType.TwoK)]
    [InlineData("4K", CartridgeType.FourK)]
    [InlineData(" f8 ", CartridgeType.F8)]
    [InlineData("F8 swapped", CartridgeType.F8Swapped)]
    [InlineData("F8SC", CartridgeType.F8SC)]
    [InlineData("F6", CartridgeType.F6)]
    [InlineData("F6SC", CartridgeType.F6SC)]
    [InlineData("F4", CartridgeType.F4)]
    [InlineData("F4SC", CartridgeType.F4SC)]
    [InlineData("E0", CartridgeType.E0)]
    [InlineData("FE", CartridgeType.FE)]
    [InlineData("3F", CartridgeType.ThreeF)]
    [InlineData("E7", CartridgeType.E7)]
    [InlineData("FA", CartridgeType.FA)]
    [InlineData("FASC", CartridgeType.FA)]
    public void ParsesStellaSchemeNames(string name, CartridgeType expected) =>
        Assert.Equal(expected, CartridgeDetector.Parse(name));

    [Fact]
    public void AnUnknownSchemeNameListsTheKnownOnes()
    {
        var error = Assert.Throws<ArgumentException>(() => CartridgeDetector.Parse("DPC+", "--cart-type"));
        Assert.Contains("--cart-type", error.Message);
        Assert.Contains("'DPC+'", error.Message);
        Assert.Contains("F8SC", error.Message);
    }

    [Fact]
    public void AnExplicitTypeOverridesDetection()
    {
        byte[] image = TestImages.Patterned(8192);
        Assert.Equal(CartridgeType.E0, CartridgeFactory.Create(image, "game.bin", new Mt19937(1), CartridgeType.E0).Type);
        Assert.Equal(CartridgeType.TwoK, CartridgeFactory.Create(image, "game.bin", new Mt19937(1), CartridgeType.TwoK).Type);
    }

    [Fact]
    public void AnExplicitTypeOfTheWrongSizeIsRejectedWithTheSizeItNeeds()
    {
        var error = Assert.Throws<InvalidRomException>(
            () => CartridgeFactory.Create(TestImages.Patterned(4096), "small.bin", new Mt19937(1), CartridgeType.F6));
        Assert.Contains("small.bin", error.Message);
        Assert.Contains("16384", error.Message);
    }

    [Fact]
    public void SignatureSearchSkipsPastEachHitAndMissesTheLastBytesLikeStella()
    {
        // Stella resumes one byte after a hit, so back-to-back STA $3F pairs count once, and its loop stops
        // before a signature ending on the last byte.
        byte[] adjacent = TestImages.WithBytesAt(TestImages.Patterned(8192), 100, 0x85, 0x3F, 0x85, 0x3F);
        Assert.Equal(CartridgeType.F8, CartridgeDetector.Detect(adjacent, "game.bin"));

        byte[] atTheEnd = TestImages.WithBytesAt(TestImages.WithBytesAt(TestImages.Patterned(8192), 100, 0x85, 0x3F), 8190, 0x85, 0x3F);
        Assert.Equal(CartridgeType.F8, CartridgeDetector.Detect(atTheEnd, "game.bin"));

        byte[] separated = TestImages.WithBytesAt(TestImages.WithBytesAt(TestImages.Patterned(8192), 100, 0x85, 0x3F), 8189, 0x85, 0x3F);
        Assert.Equal(CartridgeType.ThreeF, CartridgeDetector.Detect(separated, "game.bin"));
    }

    private static byte[] Doubled(byte[] half) => [.. half, .. half];

    private static byte[] TwoStores3F(int size) =>
        TestImages.WithBytesAt(TestImages.WithBytesAt(TestImages.Patterned(size), 100, 0x85, 0x3F), 200, 0x85, 0x3F);

    private static byte[] E7Image()
    {
        byte[] image = TestImages.Patterned(16384);
        Array.Fill(image, (byte)0x00, 0x3800, 0x200);
        return image;
    }
}
