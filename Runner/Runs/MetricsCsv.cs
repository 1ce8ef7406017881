using System.Globalization;
using System.Text;

namespace SamRL.Runner.Runs;

/// <summary>
/// The run's <c>metrics.csv</c>: one row per training interval (<c>kind = interval</c>: frames, frames/s, losses,
/// entropy) and one per evaluation episode (<c>kind = evaluation</c>: episode index, reward, 100-episode
/// average) and one per checkpoint written (<c>kind = checkpoint</c>: the frames it holds, which is where a
/// resumed run continues the file). Every row is flushed as it is written, so a killed run keeps its complete rows.
/// </summary>
public sealed class MetricsCsv : IDisposable
{
    /// <summary>The header line, naming the columns in order.</summary>
    public const string Header =
        "kind,elapsed_seconds,frames,frames_per_second,episodes,policy_loss,value_loss,entropy," +
        "evaluation_episode,reward,average_reward_100";

    private readonly StreamWriter writer;
    private readonly StringBuilder line = new();

    private MetricsCsv(StreamWriter writer) => this.writer = writer;

    /// <summary>Opens <paramref name="path"/> for appending, writing the header when the file is new or empty.</summary>
    public static MetricsCsv Open(string path)
    {
        var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
        var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        if (stream.Length == 0)
        {
            writer.Write(Header);
            writer.Write('\n');
            writer.Flush();
        }

        return new MetricsCsv(writer);
    }

    /// <summary>Appends an interval row.</summary>
    public void AppendInterval(
        double elapsedSeconds, long frames, double framesPerSecond, long episodes,
        double policyLoss, double valueLoss, double entropy)
    {
        line.Clear().Append("interval");
        AppendField(elapsedSeconds).AppendField(frames).AppendField(framesPerSecond).AppendField(episodes);
        AppendField(policyLoss).AppendField(valueLoss).AppendField(entropy);
        line.Append(",,,");
        Commit();
    }

    /// <summary>Appends an evaluation-episode row.</summary>
    public void AppendEvaluation(
        double elapsedSeconds, long frames, long evaluationEpisode, double reward, double averageReward100)
    {
        line.Clear().Append("evaluation");
        AppendField(elapsedSeconds).AppendField(frames);
        line.Append(",,,,,");
        AppendField(evaluationEpisode).AppendField(reward).AppendField(averageReward100);
        Commit();
    }

    /// <summary>Appends a checkpoint row: a resumed run keeps the rows up to the last one.</summary>
    public void AppendCheckpoint(double elapsedSeconds, long frames)
    {
        line.Clear().Append("checkpoint");
        AppendField(elapsedSeconds).AppendField(frames);
        line.Append(",,,,,,,,");
        Commit();
    }

    /// <summary>Appends a row read back from this file earlier (see <see cref="ResumedMetrics.LaterEvaluations"/>).</summary>
    public void AppendLoggedRow(string row)
    {
        line.Clear().Append(row);
        Commit();
    }

    /// <inheritdoc />
    public void Dispose() => writer.Dispose();

    private MetricsCsv AppendField(double value)
    {
        line.Append(',').Append(value.ToString("R", CultureInfo.InvariantCulture));
        return this;
    }

    private MetricsCsv AppendField(long value)
    {
        line.Append(',').Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    private void Commit()
    {
        line.Append('\n');
        writer.Write(line);
        writer.Flush();
    }
}
