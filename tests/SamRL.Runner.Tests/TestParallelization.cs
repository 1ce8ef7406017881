using Xunit;

// Models are built from libtorch's one process-wide random generator (torch.manual_seed), so a test
// that seeds it and then builds a model must not race another test class drawing from it meanwhile.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
