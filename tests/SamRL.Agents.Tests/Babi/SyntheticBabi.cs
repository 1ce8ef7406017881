using SamRL.Agents.Babi;
using SamRL.Environments.Babi;

namespace SamRL.Agents.Tests.Babi;

/// <summary>A tiny bAbI folder in the real file format (two tasks), written to a fresh temporary folder.</summary>
internal sealed class SyntheticBabi : IDisposable
{
    private static readonly string[] People = ["mary", "john", "sandra", "daniel"];
    private static readonly string[] Places = ["kitchen", "garden", "office", "hallway"];

    public SyntheticBabi()
    {
        Folder = Directory.CreateTempSubdirectory("samrl-babi-agents-").FullName;
        WriteTask(1, "single-supporting-fact", stories: 12, seed: 1);
        WriteTask(2, "two-supporting-facts", stories: 12, seed: 2);
    }

    public string Folder { get; }

    /// <summary>Sizes small enough for a test to train in well under a second per iteration.</summary>
    public static BabiModelOptions TinyModel(BabiCorpus corpus) => corpus.ModelOptions() with
    {
        SymbolSize = 8,
        EntitySize = 6,
        RoleSize = 3,
        HiddenSize = 5,
    };

    public BabiCorpus Corpus() => BabiCorpus.Create(BabiDataset.Load(Folder));

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private void WriteTask(int number, string name, int stories, int seed)
    {
        var random = new Random(seed);
        foreach (var (split, count) in new[] { ("train", stories), ("test", stories / 2) })
        {
            using var writer = new StreamWriter(Path.Combine(Folder, $"qa{number}_{name}_{split}.txt"));
            for (var story = 0; story < count; story++)
            {
                var person = People[random.Next(People.Length)];
                var first = Places[random.Next(Places.Length)];
                var second = Places[random.Next(Places.Length)];
                writer.Write($"1 {person} went to the {first}.\n");
                writer.Write($"2 Where is {person}?\t{first}\t1\n");
                writer.Write($"3 {person} moved to the {second}.\n");
                writer.Write($"4 Where is {person}?\t{second}\t3\n");
            }
        }
    }
}
