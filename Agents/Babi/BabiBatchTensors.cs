using SamRL.Environments.Babi;
using static TorchSharp.torch;

namespace SamRL.Agents.Babi;

/// <summary>A batch of encoded questions as int64 tensors: stories [B, S, W], queries [B, W], answers [B].</summary>
internal sealed class BabiBatchTensors : IDisposable
{
    private BabiBatchTensors(Tensor stories, Tensor queries, Tensor answers)
    {
        Stories = stories;
        Queries = queries;
        Answers = answers;
    }

    public Tensor Stories { get; }

    public Tensor Queries { get; }

    public Tensor Answers { get; }

    public static BabiBatchTensors From(BabiEncodedSplit batch)
    {
        using var stories = tensor(batch.Stories, [batch.Count, batch.StoryLength, batch.SentenceLength]);
        using var queries = tensor(batch.Queries, [batch.Count, batch.SentenceLength]);
        using var answers = tensor(batch.Answers, [batch.Count]);
        return new BabiBatchTensors(stories.to(ScalarType.Int64), queries.to(ScalarType.Int64), answers.to(ScalarType.Int64));
    }

    public void Dispose()
    {
        Stories.Dispose();
        Queries.Dispose();
        Answers.Dispose();
    }
}
