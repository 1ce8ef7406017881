namespace SamRL.Environments.Babi;

/// <summary>A story of a bAbI file: the lines from one id 1 to the next, as questions with their contexts.</summary>
/// <param name="Questions">One sample per question line of the story, in file order.</param>
public sealed record BabiStory(IReadOnlyList<BabiSample> Questions);
