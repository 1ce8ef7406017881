namespace SamRL.Runner.Tests.Babi;

/// <summary>Writes a tiny bAbI folder in the real file format: tasks 1 and 2, train and test files (en / en-10k layout).</summary>
internal static class SyntheticBabiFolder
{
    private static readonly string[] People = ["mary", "john", "sandra", "daniel"];
    private static readonly string[] Places = ["kitchen", "garden", "office", "hallway"];

    public static string Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(5);
        foreach (var (task, name) in new[] { (1, "single-supporting-fact"), (2, "two-supporting-facts") })
        {
            foreach (var (split, stories) in new[] { ("train", 10), ("test", 4) })
            {
                using var writer = new StreamWriter(Path.Combine(folder, $"qa{task}_{name}_{split}.txt"));
                for (var story = 0; story < stories; story++)
                {
                    var person = People[random.Next(People.Length)];
                    var first = Places[random.Next(Places.Length)];
                    var second = Places[random.Next(Places.Length)];
                    writer.Write($"1 {person} went to the {first}.\n2 Where is {person}?\t{first}\t1\n");
                    writer.Write($"3 {person} moved to the {second}.\n4 Where is {person}?\t{second}\t3\n");
                }
            }
        }

        return folder;
    }
}
