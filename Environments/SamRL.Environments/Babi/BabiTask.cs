namespace SamRL.Environments.Babi;

/// <summary>One bAbI task (1..20) with its three splits and padded sizes.</summary>
public sealed class BabiTask
{
    internal BabiTask(int number, IReadOnlyList<BabiStory> train, IReadOnlyList<BabiStory> valid, IReadOnlyList<BabiStory> test, int maxStorySentences)
    {
        Number = number;
        Train = train;
        Valid = valid;
        Test = test;
        // A story's last question sees every statement any of its questions sees.
        var stories = train.Concat(valid).Concat(test).ToArray();
        var lastContexts = stories.Select(story => story.Questions[^1].Story).ToArray();
        SentenceLength = Math.Max(
            AllSamples().Max(sample => sample.Question.Length),
            lastContexts.SelectMany(context => context).Select(sentence => sentence.Length).DefaultIfEmpty(0).Max());
        LongestStory = lastContexts.Max(context => context.Length);
        StoryLength = Math.Max(1, Math.Min(LongestStory, maxStorySentences));
    }

    /// <summary>The task number N of <c>qaN_*</c>.</summary>
    public int Number { get; }

    /// <summary>Training stories.</summary>
    public IReadOnlyList<BabiStory> Train { get; }

    /// <summary>Validation stories.</summary>
    public IReadOnlyList<BabiStory> Valid { get; }

    /// <summary>Test stories.</summary>
    public IReadOnlyList<BabiStory> Test { get; }

    /// <summary>Padded sentence length W: most tokens in a story sentence or question over all three splits.</summary>
    public int SentenceLength { get; }

    /// <summary>Most statement sentences before any question, over all three splits, before truncation.</summary>
    public int LongestStory { get; }

    /// <summary>Padded story length S = min(<see cref="LongestStory"/>, the loader's limit, 70 by default).</summary>
    public int StoryLength { get; }

    /// <summary>The stories of <paramref name="split"/>.</summary>
    public IReadOnlyList<BabiStory> Stories(BabiSplit split) => split switch
    {
        BabiSplit.Train => Train,
        BabiSplit.Valid => Valid,
        BabiSplit.Test => Test,
        _ => throw new ArgumentOutOfRangeException(nameof(split), split, "Expected Train, Valid or Test."),
    };

    /// <summary>Number of questions in <paramref name="split"/>.</summary>
    public int QuestionCount(BabiSplit split) => Stories(split).Sum(s => s.Questions.Count);

    /// <summary>Encodes <paramref name="split"/> with <paramref name="vocabulary"/> as padded arrays.</summary>
    /// <exception cref="KeyNotFoundException">A token is missing from the vocabulary.</exception>
    public BabiEncodedSplit Encode(BabiSplit split, BabiVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var samples = Stories(split).SelectMany(s => s.Questions).ToArray();
        var w = SentenceLength;
        var stories = new int[samples.Length * StoryLength * w];
        var queries = new int[samples.Length * w];
        var answers = new int[samples.Length];
        for (var i = 0; i < samples.Length; i++)
        {
            var sample = samples[i];
            var kept = sample.Story.Length <= StoryLength ? sample.Story : sample.Story[^StoryLength..];
            for (var s = 0; s < kept.Length; s++)
            {
                Write(kept[s], vocabulary, stories.AsSpan((i * StoryLength + s) * w, w));
            }

            Write(sample.Question, vocabulary, queries.AsSpan(i * w, w));
            answers[i] = vocabulary.IndexOf(sample.Answer);
        }

        return new BabiEncodedSplit(samples.Length, StoryLength, w, stories, queries, answers);
    }

    /// <summary>Every sample of the train, valid and test splits, in that order.</summary>
    internal IEnumerable<BabiSample> AllSamples() =>
        Train.Concat(Valid).Concat(Test).SelectMany(s => s.Questions);

    /// <summary>
    /// Every token in order of first appearance: per story, each question's new statements, its question
    /// and its answer. Reading only the statements a question adds keeps this linear in the file size.
    /// </summary>
    internal IEnumerable<string> TokensInOrder()
    {
        foreach (var story in Train.Concat(Valid).Concat(Test))
        {
            var seen = 0;
            foreach (var sample in story.Questions)
            {
                for (; seen < sample.Story.Length; seen++)
                {
                    foreach (var token in sample.Story[seen])
                    {
                        yield return token;
                    }
                }

                foreach (var token in sample.Question)
                {
                    yield return token;
                }

                yield return sample.Answer;
            }
        }
    }

    private static void Write(string[] tokens, BabiVocabulary vocabulary, Span<int> row)
    {
        for (var t = 0; t < tokens.Length; t++)
        {
            row[t] = vocabulary.IndexOf(tokens[t]);
        }
    }
}
