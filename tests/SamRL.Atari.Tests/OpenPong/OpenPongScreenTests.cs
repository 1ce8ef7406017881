namespace SamRL.Atari.Tests.OpenPong;

/// <summary>
/// The picture against one built by hand from the layout in Roms/OpenPong/README.md and the positions in RAM:
/// picture line v is ALE row 3 + v, scores on rows 7–26, walls on rows 30–33 and 187–190, play line p on row 35 + p.
/// The computer's paddle and score are red in mode 0 and orange in mode 1.
/// </summary>
public sealed class OpenPongScreenTests
{
    private const byte Background = 0x00;
    private const byte ComputerColour = 0x48;
    private const byte HardComputerColour = 0x38;
    private const byte PlayerColour = 0xC8;
    private const byte BallAndWallColour = 0x0E;
    private const int Width = 160;
    private const int PlayAreaRow = 35;

    private static readonly string[][] Font =
    [
        ["###", "#.#", "#.#", "#.#", "###"],
        [".#.", "##.", ".#.", ".#.", "###"],
        ["###", "..#", "###", "#..", "###"],
        ["###", "..#", ".##", "..#", "###"],
        ["#.#", "#.#", "###", "..#", "..#"],
        ["###", "#..", "###", "..#", "###"],
        ["###", "#..", "###", "#.#", "###"],
        ["###", "..#", "..#", "..#", "..#"],
        ["###", "#.#", "###", "#.#", "###"],
        ["###", "#.#", "###", "..#", "###"],
    ];

    [Theory]
    [InlineData(0, ComputerColour)]
    [InlineData(1, HardComputerColour)]
    public void The_frame_shows_both_paddles_the_ball_the_walls_and_both_scores_where_RAM_puts_them(int mode, byte computerColour)
    {
        var machine = OpenPongMachine.StartedLikeAle(mode: mode);
        machine.RunUntil(m => m.ComputerScore == 13 && m.State == OpenPongMachine.StatePlay && m.BallX is > 40 and < 110, limit: 5000);

        byte[] expected = ExpectedScreen(machine, computerColour);

        AssertScreen(expected, machine.Console.Screen, machine.Console.ScreenHeight);
    }

    [Fact]
    public void Between_points_the_ball_is_hidden()
    {
        var machine = OpenPongMachine.StartedLikeAle();
        machine.RunUntil(m => m.State == OpenPongMachine.StateServe && m.ComputerScore == 1, limit: 2000);

        byte[] expected = ExpectedScreen(machine, ComputerColour);

        AssertScreen(expected, machine.Console.Screen, machine.Console.ScreenHeight);
    }

    private static byte[] ExpectedScreen(OpenPongMachine machine, byte computerColour)
    {
        int height = machine.Console.ScreenHeight;
        var screen = new byte[height * Width];
        Fill(screen, 0, 30, Width, 4, BallAndWallColour);
        Fill(screen, 0, 187, Width, 4, BallAndWallColour);
        DrawScore(screen, machine.ComputerScore, left: 16, computerColour);
        DrawScore(screen, machine.PlayerScore, left: 96, PlayerColour);
        Fill(screen, 16, PlayAreaRow + machine.ComputerPaddleY, 4, 16, computerColour);
        Fill(screen, 140, PlayAreaRow + machine.PlayerPaddleY, 4, 16, PlayerColour);
        if (machine.State == OpenPongMachine.StatePlay)
        {
            Fill(screen, machine.BallX, PlayAreaRow + machine.BallY, 2, 4, BallAndWallColour);
        }

        return screen;
    }

    private static void DrawScore(byte[] screen, int score, int left, byte colour)
    {
        if (score >= 10)
        {
            DrawDigit(screen, score / 10, left, colour);
        }

        DrawDigit(screen, score % 10, left + 16, colour);
    }

    private static void DrawDigit(byte[] screen, int digit, int left, byte colour)
    {
        for (int row = 0; row < 5; row++)
        {
            for (int column = 0; column < 3; column++)
            {
                if (Font[digit][row][column] == '#')
                {
                    Fill(screen, left + 4 * column, 7 + 4 * row, 4, 4, colour);
                }
            }
        }
    }

    private static void Fill(byte[] screen, int x, int y, int width, int height, byte colour)
    {
        for (int row = y; row < y + height; row++)
        {
            Array.Fill(screen, colour, row * Width + x, width);
        }
    }

    private static void AssertScreen(byte[] expected, ReadOnlySpan<byte> actual, int height)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int row = 0; row < height; row++)
        {
            for (int x = 0; x < Width; x++)
            {
                int index = row * Width + x;
                Assert.True(expected[index] == actual[index],
                    $"row {row}, x {x}: expected colour ${expected[index]:X2}, the frame has ${actual[index]:X2}");
            }
        }
    }
}
