namespace SamRL.Environments.Babi;

/// <summary>One bAbI question with its context, tokenised (reference §5.1).</summary>
/// <param name="Story">The story's statement sentences before the question (questions excluded), each as tokens.</param>
/// <param name="Question">The question's tokens.</param>
/// <param name="Answer">The answer, lower-cased and not tokenised ("n,e" and "apple,football" are one answer).</param>
/// <param name="SupportingLines">The story line ids the file names as supporting facts (not used by the model).</param>
public sealed record BabiSample(string[][] Story, string[] Question, string Answer, int[] SupportingLines);
