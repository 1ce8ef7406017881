using SamRL.Environments.Babi;
using SamRL.Environments.Core;

namespace SamRL.Environments.Tests.Babi;

public class BabiDatasetTests
{
    [Fact]
    public void Ten_k_style_folder_splits_the_last_tenth_of_training_stories_into_validation()
    {
        // Our sample: per task 10 training stories and 2 test stories, 2 questions per story.
        var dataset = BabiDataset.Load(BabiSampleData.Folder("en-10k-sample"));

        Assert.Equal([1, 2], dataset.Tasks.Select(t => t.Number));
        foreach (var task in dataset.Tasks)
        {
            Assert.Equal((9, 18), (task.Train.Count, task.QuestionCount(BabiSplit.Train)));
            Assert.Equal((1, 2), (task.Valid.Count, task.QuestionCount(BabiSplit.Valid)));
            Assert.Equal((2, 4), (task.Test.Count, task.QuestionCount(BabiSplit.Test)));
        }

        // The validation story is the tenth training story, which opens with "Anna walked to the garden."
        Assert.Equal(["anna", "walked", "to", "the", "garden", "."], dataset.Tasks[0].Valid[0].Questions[0].Story[0]);
    }

    [Fact]
    public void Padded_sizes_and_the_shared_vocabulary_match_a_hand_count()
    {
        var dataset = BabiDataset.Load(BabiSampleData.Folder("en-10k-sample"));

        // Task 1: "anna went to the garden ." has 6 tokens; 4 statements precede the second question.
        Assert.Equal((6, 4, 4), (dataset.Tasks[0].SentenceLength, dataset.Tasks[0].LongestStory, dataset.Tasks[0].StoryLength));
        // Task 2: "what did dan and erin take ?" has 7 tokens; 5 statements precede the second question.
        Assert.Equal((7, 5, 5), (dataset.Tasks[1].SentenceLength, dataset.Tasks[1].LongestStory, dataset.Tasks[1].StoryLength));
        // Padding + 14 task-1 tokens (anna ben carla went walked to the garden kitchen office . where is ?)
        // + 16 task-2 tokens (dan picked up apple erin took ball hallway bedroom dropped what carrying did and take "apple,ball").
        Assert.Equal(31, dataset.Vocabulary.Count);
        Assert.Equal(["<pad>", "anna", "went", "to", "the", "garden", "."], dataset.Vocabulary.Tokens.Take(7));
        Assert.Equal(7, dataset.MaxSentenceLength);
        Assert.Contains("apple,ball", dataset.Vocabulary.Tokens);
    }

    [Fact]
    public void Encoding_left_aligns_sentences_and_pads_with_zero()
    {
        var dataset = BabiDataset.Load(BabiSampleData.Folder("en-10k-sample"));
        var vocabulary = dataset.Vocabulary;
        var encoded = dataset.Tasks[0].Encode(BabiSplit.Train, vocabulary);

        Assert.Equal((18, 4, 6), (encoded.Count, encoded.StoryLength, encoded.SentenceLength));
        Assert.Equal(18 * 4 * 6, encoded.Stories.Length);
        // First question: two statements, "anna went to the garden ." and "ben walked to the kitchen .".
        int[] expectedStory =
        [
            1, 2, 3, 4, 5, 6,
            vocabulary.IndexOf("ben"), vocabulary.IndexOf("walked"), 3, 4, vocabulary.IndexOf("kitchen"), 6,
            0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0,
        ];
        Assert.Equal(expectedStory, encoded.Stories[..24]);
        Assert.Equal([vocabulary.IndexOf("where"), vocabulary.IndexOf("is"), 1, vocabulary.IndexOf("?"), 0, 0], encoded.Queries[..6]);
        Assert.Equal(5, encoded.Answers[0]);
    }

    [Fact]
    public void Long_stories_keep_their_last_sentences()
    {
        var dataset = BabiDataset.Load(BabiSampleData.Folder("en-10k-sample"), new BabiLoadOptions { MaxStorySentences = 3 });
        var vocabulary = dataset.Vocabulary;
        var encoded = dataset.Tasks[1].Encode(BabiSplit.Test, vocabulary);

        Assert.Equal(3, encoded.StoryLength);
        // The second question of the first test story follows 5 statements; the kept three are lines 4, 5 and 6.
        var story = encoded.Stories.AsSpan(1 * 3 * 7, 3 * 7).ToArray();
        Assert.Equal(vocabulary.IndexOf("erin"), story[0]);
        Assert.Equal(vocabulary.IndexOf("took"), story[1]);
        Assert.Equal(vocabulary.IndexOf("dropped"), story[2 * 7 + 1]);
        var answer = dataset.Tasks[1].Encode(BabiSplit.Test, vocabulary).Answers[3];
        Assert.Equal(vocabulary.IndexOf("apple,ball"), answer);
    }

    [Fact]
    public void Valid_files_are_used_when_present()
    {
        var dataset = BabiDataset.Load(BabiSampleData.Folder("en-valid-sample"));

        var task = Assert.Single(dataset.Tasks);
        Assert.Equal((3, 1, 1), (task.Train.Count, task.Valid.Count, task.Test.Count));
    }

    [Fact]
    public void Shuffled_batches_cover_every_question_once()
    {
        var dataset = BabiDataset.Load(BabiSampleData.Folder("en-10k-sample"));
        var encoded = dataset.Tasks[0].Encode(BabiSplit.Train, dataset.Vocabulary);

        var batches = encoded.Batches(5, new Rng(1)).ToArray();

        Assert.Equal([5, 5, 5, 3], batches.Select(b => b.Count));
        Assert.Equal(encoded.Answers.Order(), batches.SelectMany(b => b.Answers).Order());
        var queries = batches.SelectMany(b => b.Queries.Chunk(6).Select(q => string.Join(',', q))).Order();
        Assert.Equal(encoded.Queries.Chunk(6).Select(q => string.Join(',', q)).Order(), queries);
        Assert.Equal(encoded.Answers, encoded.Batches(18).Single().Answers);
    }

    [Fact]
    public void Bad_folders_get_clear_errors()
    {
        var missing = Assert.Throws<DirectoryNotFoundException>(() => BabiDataset.Load("/nonexistent/babi"));
        Assert.Contains("/nonexistent/babi", missing.Message);

        var empty = Directory.CreateTempSubdirectory("babi-empty");
        try
        {
            Assert.Contains("qaN_*_train.txt", Assert.Throws<InvalidDataException>(() => BabiDataset.Load(empty.FullName)).Message);
            File.WriteAllText(Path.Combine(empty.FullName, "qa3_three-facts_train.txt"), "1 A went home.\n2 Where is A?\thome\t1\n");
            Assert.Contains("task 3", Assert.Throws<InvalidDataException>(() => BabiDataset.Load(empty.FullName)).Message);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }
}
