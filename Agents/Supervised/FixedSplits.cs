namespace SamRL.Agents.Supervised;

/// <summary>
/// Sizes of a task's fixed data sets (associative retrieval: the authors' pickled 100,000 / 10,000 / 20,000
/// sequences), drawn with <see cref="SamRL.Environments.Tasks.SeededTaskDataset{TBatch}"/> from fixed seeds.
/// </summary>
/// <param name="TrainingSequences">Sequences in the training set; an epoch is TrainingSequences / batch size iterations.</param>
/// <param name="ValidationSequences">Sequences in the validation set.</param>
/// <param name="TestSequences">Sequences in the test set.</param>
/// <param name="EvaluationBatchSize">Batch size of validation and test (divides both sizes).</param>
public sealed record FixedSplits(int TrainingSequences, int ValidationSequences, int TestSequences, int EvaluationBatchSize);
