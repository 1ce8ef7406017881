using SamRL.Atari.Env;
using SamRL.Environments.Core;
using SamRL.Runner.Cli;
using SamRL.Runner.Rendering;

namespace SamRL.Runner.Replay;

/// <summary>
/// Turns each step of a replay into a scaled frame of palette indices: either the Atari console's screen as the
/// emulator drew it (its own palette, 160 pixels wide) or the agent's observation as a grey image.
/// </summary>
public sealed class ReplayFrames
{
    private readonly AtariEnv? console;
    private readonly ObservationImage? observationImage;
    private readonly int sourceWidth;
    private readonly int sourceHeight;
    private readonly int scale;
    private readonly byte[] scaled;

    private ReplayFrames(AtariEnv? console, ObservationImage? observationImage, int width, int height, int scale, FramePalette palette)
    {
        this.console = console;
        this.observationImage = observationImage;
        sourceWidth = width;
        sourceHeight = height;
        this.scale = scale;
        Palette = palette;
        scaled = new byte[width * height * scale * scale];
    }

    /// <summary>The colours of the frames.</summary>
    public FramePalette Palette { get; }

    /// <summary>Width of a frame in pixels, after scaling.</summary>
    public int Width => sourceWidth * scale;

    /// <summary>Height of a frame in pixels, after scaling.</summary>
    public int Height => sourceHeight * scale;

    /// <summary>The frames of <paramref name="environment"/>: its console's screen when <paramref name="gameView"/>, else its observations.</summary>
    /// <exception cref="UserInputException">The environment has no Atari console underneath, or observations that are no image.</exception>
    public static ReplayFrames For(IEnv<float, int> environment, bool gameView, int scale)
    {
        if (gameView)
        {
            var console = EnvChain.Unwrapped(environment) as AtariEnv
                ?? throw new UserInputException("--view game needs an Atari environment; this one has no console to show.");
            return new ReplayFrames(console, null, console.Ale.ScreenWidth, console.Ale.ScreenHeight, scale, FramePalette.Of(console.Ale.Palette));
        }

        ObservationImage image;
        try
        {
            image = ObservationImage.For(environment.ObservationSpace.Shape);
        }
        catch (ArgumentException exception)
        {
            throw new UserInputException($"cannot export this episode: {exception.Message}");
        }

        return new ReplayFrames(null, image, image.Width, image.Height, scale, FramePalette.Grey);
    }

    /// <summary>The frame after the step that produced <paramref name="observation"/>, scaled; valid until the next call.</summary>
    public ReadOnlySpan<byte> Render(ReadOnlySpan<float> observation)
    {
        ReadOnlySpan<byte> pixels;
        if (console is not null)
        {
            pixels = console.Ale.Screen;
        }
        else
        {
            observationImage!.Convert(observation);
            pixels = observationImage.Pixels;
        }

        FrameScaler.Scale(pixels, sourceWidth, sourceHeight, 1, scale, scaled);
        return scaled;
    }
}
