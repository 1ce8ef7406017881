// STM inside your own TorchSharp model: a sequence classifier that must remember the first input of a sequence.
using SamRL.Memory;
using TorchSharp;
using static TorchSharp.torch;

sealed class RememberFirst : nn.Module<Tensor, Tensor>
{
    private readonly TorchSharp.Modules.Linear encoder = nn.Linear(4, 16);
    private readonly Stm memory = new(new StmOptions { InputSize = 16, OutputSize = 2, SlotCount = 2, SlotSize = 16 });

    public RememberFirst() : base(nameof(RememberFirst)) => RegisterComponents();

    public override Tensor forward(Tensor sequence)          // [T, B, 4] -> logits [B, 2]
    {
        var (outputs, state) = memory.Sequence(encoder.forward(sequence).relu());
        state.Dispose();
        return outputs[-1];
    }
}

static class Example
{
    static void Main()
    {
        torch.set_num_threads(1);
        manual_seed(0);
        var model = new RememberFirst();
        var optimizer = optim.Adam(model.parameters(), lr: 3e-3);
        for (int step = 1; step <= 300; step++)
        {
            using var scope = NewDisposeScope();
            var sequence = randn(6, 32, 4);
            var label = (sequence[0, .., 0] > 0).to(ScalarType.Int64);   // the sign of the very first input
            optimizer.zero_grad();
            var logits = model.forward(sequence);
            var loss = nn.functional.cross_entropy(logits, label);
            loss.backward();
            optimizer.step();
            if (step % 50 == 0)
                Console.WriteLine($"step {step}: loss {loss.item<float>():F3}, accuracy {logits.argmax(1).eq(label).to(ScalarType.Float32).mean().item<float>():P0}");
        }
    }
}
