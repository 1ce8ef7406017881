using SamRL.Environments.Babi;

namespace SamRL.Environments.Tests.Babi;

public class BabiFileTests
{
    [Fact]
    public void Tokens_are_lower_case_words_and_punctuation()
    {
        Assert.Equal(["mary", "moved", "to", "the", "bathroom", "."], BabiTokenizer.Tokenize("Mary moved to the bathroom."));
        Assert.Equal(["is", "the", "box", "bigger", "than", "it", "?"], BabiTokenizer.Tokenize("Is the box  bigger than it?"));
        Assert.Equal(["a", ",", "b"], BabiTokenizer.Tokenize("a, b"));
    }

    [Fact]
    public void Each_question_sees_the_preceding_statements_of_its_story_only()
    {
        const string text =
            "1 John went to the hallway.\n" +
            "2 Where is John?\thallway\t1\n" +
            "3 John took the milk.\n" +
            "4 What is John carrying?\tMilk\t3\n" +
            "1 Sandra left.\n" +
            "2 Is Sandra here?\tno\t1\n";

        var stories = BabiFile.Parse(new StringReader(text), "qa1_train.txt");

        Assert.Equal(2, stories.Count);
        var second = stories[0].Questions[1];
        Assert.Equal(2, second.Story.Length);
        Assert.Equal(["john", "took", "the", "milk", "."], second.Story[1]);
        Assert.Equal(["what", "is", "john", "carrying", "?"], second.Question);
        Assert.Equal("milk", second.Answer);
        Assert.Equal([3], second.SupportingLines);
        Assert.Single(stories[1].Questions[0].Story);
        Assert.Equal(["sandra", "left", "."], stories[1].Questions[0].Story[0]);
    }

    [Fact]
    public void Answers_are_not_tokenised()
    {
        var stories = BabiFile.Parse(new StringReader("1 A took b.\n2 What did he take?\tApple,Football\t1\n"), "x");
        Assert.Equal("apple,football", stories[0].Questions[0].Answer);
    }

    [Theory]
    [InlineData("1 A went home.\nthree B left.\n", 2, "positive line id")]
    [InlineData("2 A went home.\n", 1, "expected line id 1")]
    [InlineData("1 A went home.\n3 B left.\n", 2, "expected line id 2")]
    [InlineData("1 A went home.\n2 Where?\t\t1\n", 2, "non-empty answer")]
    [InlineData("1 A went home.\n2 Where?\thome\t5\n", 2, "supporting fact '5'")]
    [InlineData("1 A went home.\n2 Where?\thome\t1\textra\n", 2, "question line")]
    public void Malformed_lines_name_the_file_line_and_expectation(string text, int line, string expected)
    {
        var error = Assert.Throws<BabiFormatException>(() => BabiFile.Parse(new StringReader(text), "qa9_train.txt"));

        Assert.Equal(line, error.Line);
        Assert.StartsWith($"qa9_train.txt:{line}: ", error.Message);
        Assert.Contains(expected, error.Message);
    }
}
