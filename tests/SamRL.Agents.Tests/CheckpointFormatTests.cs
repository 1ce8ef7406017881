using System.Text.Json;
using static TorchSharp.torch;

namespace SamRL.Agents.Tests;

/// <summary>The checkpoint file format all trainers share: round trip, and bad files named with what is wrong.</summary>
public sealed class CheckpointFormatTests : IDisposable
{
    private static readonly CheckpointFormat<Counters> Format = new("SamRL.Test.Checkpoint/1", "test", new JsonSerializerOptions());
    private readonly string folder = Path.Combine(Path.GetTempPath(), "samrl-checkpoint-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void WhatIsWrittenIsReadBack()
    {
        var path = Path.Combine(folder, "nested", "last.ckpt");
        using var weight = tensor(new float[] { 1, 2, 3 });
        using var moment = tensor(new double[] { 0.5 });
        Format.Write(path, new Counters(7, "seven"), new Dictionary<string, Tensor> { ["layer.weight"] = weight }, [moment]);

        var (state, weights, optimizer) = Format.Read(path);
        Assert.Equal(new Counters(7, "seven"), state);
        Assert.Equal(["layer.weight"], weights.Keys);
        Assert.Equal([1f, 2f, 3f], weights["layer.weight"].data<float>().ToArray());
        Assert.Equal([0.5], Assert.Single(optimizer).data<double>().ToArray());
        Assert.Equal(["last.ckpt"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
        foreach (var tensor in weights.Values.Concat(optimizer)) tensor.Dispose();
    }

    [Fact]
    public void AnotherKindsFileIsRefusedByName()
    {
        var path = Path.Combine(folder, "other.ckpt");
        new CheckpointFormat<Counters>("SamRL.Other.Checkpoint/1", "other", new JsonSerializerOptions())
            .Write(path, new Counters(1, "x"), new Dictionary<string, Tensor>(), []);

        var error = Assert.Throws<InvalidDataException>(() => Format.Read(path));
        Assert.Contains(path, error.Message);
        Assert.Contains("is not a SamRL test checkpoint", error.Message);
        Assert.Contains("SamRL.Other.Checkpoint/1", error.Message);
    }

    [Fact]
    public void ATruncatedFileIsDamagedAndAMissingOneNotFound()
    {
        var path = Path.Combine(folder, "last.ckpt");
        using var weight = ones(1000);
        Format.Write(path, new Counters(1, "x"), new Dictionary<string, Tensor> { ["w"] = weight }, []);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length - 100)]);

        var error = Assert.Throws<InvalidDataException>(() => Format.Read(path));
        Assert.Contains("truncated or damaged", error.Message);
        Assert.Contains(path, error.Message);
        Assert.Throws<FileNotFoundException>(() => Format.Read(Path.Combine(folder, "absent.ckpt")));
    }

    [Fact]
    public void GarbageIsNotAReadableCheckpoint()
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "garbage.ckpt");
        File.WriteAllBytes(path, [3, 0, 1, 2]);
        Assert.Contains("is not", Assert.Throws<InvalidDataException>(() => Format.Read(path)).Message);
    }

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    public sealed record Counters(long Updates, string Name);
}
