using Mono.Cecil;
using Mono.Cecil.Cil;

namespace SamRL.Tests.Shared;

/// <summary>
/// Finds the places in a compiled assembly where a TorchSharp scalar is made that nothing keeps alive during the
/// libtorch call that reads it (SamRL.Memory.KeptScalars explains the race). Two kinds:
/// <list type="bullet">
/// <item>a number converted to a <c>Scalar</c> (implicitly, or by <c>ToScalar()</c>) whose result is not stored in a
/// field or in a local that a <c>finally</c> block disposes (a <c>using</c>);</item>
/// <item>a call to a TorchSharp member that makes such a scalar inside, e.g. <c>a + b</c> (alpha 1), <c>t * 2</c>,
/// <c>add_(x)</c>, <c>square()</c> or <c>nn.functional.elu(x, 1.0)</c>. These are found in TorchSharp's own IL: every
/// method that converts a number to a scalar, and every method that calls one of those.</item>
/// <item>a TorchSharp module made (<c>nn.ELU()</c>, <c>nn.LeakyReLU(0.1)</c>) whose <c>forward</c> is such a method:
/// a model calls it through the module base class, where the call itself names no maker.</item>
/// </list>
/// Reading IL rather than source sees through operators and default arguments, which is where the temporaries hide.
/// </summary>
internal static class ScalarTemporaries
{
    private static readonly Lazy<(HashSet<string> Methods, HashSet<string> Modules)> TorchSharpMakers = new(FindTorchSharpMakers);

    /// <summary>Fails, listing each place, when the assembly at <paramref name="assemblyPath"/> makes a temporary scalar.</summary>
    public static void AssertNone(string assemblyPath)
    {
        var found = Find(assemblyPath);
        Xunit.Assert.True(found.Count == 0, $"{Path.GetFileName(assemblyPath)} makes temporary scalars:\n" + string.Join("\n", found));
    }

    /// <summary>Each place found, as "file:line Type.Method: what" (empty when there is none).</summary>
    public static IReadOnlyList<string> Find(string assemblyPath, Func<TypeDefinition, bool>? types = null)
    {
        using var assembly = AssemblyDefinition.ReadAssembly(assemblyPath, new ReaderParameters { ReadSymbols = true });
        var found = new List<string>();
        var methods = assembly.MainModule.GetTypes().Where(types ?? (_ => true)).SelectMany(type => type.Methods).Where(method => method.HasBody);
        foreach (var method in methods)
        {
            foreach (var instruction in method.Body.Instructions)
            {
                if (instruction.Operand is not MethodReference called || !IsCall(instruction)) continue;
                if (ConvertsToScalar(called) && !IsKept(method, instruction))
                {
                    found.Add($"{Where(method, instruction)}: {Describe(called)} makes a scalar that is neither a field nor a disposed (using) local");
                }
                else if (TorchSharpMakers.Value.Methods.Contains(Key(called)))
                {
                    found.Add($"{Where(method, instruction)}: {Describe(called)} makes a temporary scalar inside TorchSharp");
                }
                else if (TorchSharpMakers.Value.Modules.Contains(called.ReturnType.FullName)
                    || (instruction.OpCode.Code == Code.Newobj && TorchSharpMakers.Value.Modules.Contains(called.DeclaringType.FullName)))
                {
                    found.Add($"{Where(method, instruction)}: {Describe(called)} makes a module whose forward makes temporary scalars inside TorchSharp");
                }
            }
        }

        return found;
    }

    private static (HashSet<string> Methods, HashSet<string> Modules) FindTorchSharpMakers()
    {
        using var torchSharp = AssemblyDefinition.ReadAssembly(typeof(TorchSharp.Scalar).Assembly.Location);
        var methods = torchSharp.MainModule.GetTypes().SelectMany(type => type.Methods).Where(method => method.HasBody).ToList();
        var makers = methods.Where(method => method.Body.Instructions.Any(i => i.Operand is MethodReference r && ConvertsToScalar(r)))
            .Select(Key).ToHashSet();
        for (bool grew = true; grew;)
        {
            grew = false;
            foreach (var method in methods)
            {
                if (makers.Contains(Key(method))) continue;
                if (method.Body.Instructions.Any(i => IsCall(i) && i.Operand is MethodReference r && makers.Contains(Key(r))))
                {
                    makers.Add(Key(method));
                    grew = true;
                }
            }
        }

        var modules = methods.Where(method => method.Name == "forward" && makers.Contains(Key(method)))
            .Select(method => method.DeclaringType.FullName).ToHashSet();
        return (makers, modules);
    }

    private static bool ConvertsToScalar(MethodReference method) =>
        (method.DeclaringType.FullName == "TorchSharp.Scalar" && method.Name == "op_Implicit")
        || (method.DeclaringType.FullName == "TorchSharp.ScalarExtensionMethods" && method.Name == "ToScalar");

    // Stored in a field (a module's or optimiser's constant, a static), or in a local that a finally block disposes.
    private static bool IsKept(MethodDefinition method, Instruction conversion)
    {
        var next = conversion.Next;
        while (next is { OpCode.Code: Code.Nop }) next = next.Next;
        if (next is null) return false;
        if (next.OpCode.Code is Code.Stfld or Code.Stsfld) return true;
        int? local = StoredLocal(next);
        return local is { } index && method.Body.ExceptionHandlers.Any(handler =>
            handler.HandlerType == ExceptionHandlerType.Finally && DisposesLocal(handler, index));
    }

    private static bool DisposesLocal(ExceptionHandler handler, int local)
    {
        bool loads = false, disposes = false;
        for (var i = handler.HandlerStart; i is not null && i != handler.HandlerEnd; i = i.Next)
        {
            loads |= LoadedLocal(i) == local;
            disposes |= IsCall(i) && i.Operand is MethodReference { Name: "Dispose" };
        }

        return loads && disposes;
    }

    private static int? StoredLocal(Instruction instruction) => LocalIndex(instruction, Code.Stloc_0, Code.Stloc_S, Code.Stloc);

    private static int? LoadedLocal(Instruction instruction) => LocalIndex(instruction, Code.Ldloc_0, Code.Ldloc_S, Code.Ldloc);

    // The local an instruction stores or loads: its forms _0 to _3 are consecutive opcodes; _S and the long form name it.
    private static int? LocalIndex(Instruction instruction, Code first, Code shortForm, Code longForm)
    {
        var code = instruction.OpCode.Code;
        if (code >= first && code <= first + 3) return code - first;
        return code == shortForm || code == longForm ? ((VariableDefinition)instruction.Operand).Index : null;
    }

    private static bool IsCall(Instruction instruction) => instruction.OpCode.Code is Code.Call or Code.Callvirt or Code.Newobj;

    // Methods are matched by signature text rather than resolved: resolving would load TorchSharp's dependencies.
    private static string Key(MethodReference method)
    {
        if (method is GenericInstanceMethod generic) method = generic.ElementMethod;
        return $"{method.DeclaringType.FullName}::{method.Name}({string.Join(",", method.Parameters.Select(p => p.ParameterType.FullName))})";
    }

    private static string Describe(MethodReference method) =>
        $"{method.DeclaringType.Name}.{method.Name}({string.Join(", ", method.Parameters.Select(p => p.ParameterType.Name))})";

    private static string Where(MethodDefinition method, Instruction instruction)
    {
        for (var i = instruction; i is not null; i = i.Previous)
        {
            if (method.DebugInformation.GetSequencePoint(i) is { } point)
            {
                return $"{Path.GetFileName(point.Document.Url)}:{point.StartLine} {method.DeclaringType.Name}.{method.Name}";
            }
        }

        return $"{method.DeclaringType.FullName}.{method.Name}";
    }
}
