using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ProcGen.Generator.Tests.Infrastructure;

namespace ProcGen.Generator.Tests;

/// <summary>
/// An edit that does not touch a declaration must not re-run the emitters: every step after the attribute lookup
/// reports <c>Cached</c> or <c>Unchanged</c>. This is what keeps the IDE responsive with hundreds of declarations.
/// </summary>
public class IncrementalTests
{
    private static readonly string[] s_modelSteps =
    {
        TrackingNames.Declarations, TrackingNames.Specs, TrackingNames.CrossChecks, TrackingNames.Blocked, TrackingNames.Catalog,
    };

    private const string Unrelated = """
        namespace Tests;

        public static class Helpers
        {
            public static int Twice(int x) => x * 2;
        }
        """;

    [Fact]
    public void AddingAnUnrelatedFile_LeavesEveryStepCached()
    {
        var first = GeneratorHarness.Run(Declarations.KeyValue, Declarations.Columnar, Unrelated).AssertClean();

        var compilation = first.InputCompilation.AddSyntaxTrees(GeneratorHarness.Parse("public class Unrelated { }", "Added.cs"));
        var second = GeneratorHarness.Run(first.Driver, compilation);

        AssertNothingRegenerated(second);
        Assert.Equal(first.GeneratedSources, second.GeneratedSources);
    }

    [Fact]
    public void EditingAMethodBodyInAnUnrelatedFile_LeavesEveryStepCached()
    {
        var first = GeneratorHarness.Run(Declarations.KeyValue, Declarations.Columnar, Unrelated).AssertClean();

        var old = first.InputCompilation.SyntaxTrees.Single(t => t.FilePath == "Source2.cs");
        var edited = GeneratorHarness.Parse(Unrelated.Replace("x * 2", "x + x", StringComparison.Ordinal), old.FilePath);
        var second = GeneratorHarness.Run(first.Driver, first.InputCompilation.ReplaceSyntaxTree(old, edited));

        AssertNothingRegenerated(second);
    }

    [Fact]
    public void EditingADeclaration_ModifiesItsSpec_AndOnlyItsSource()
    {
        var first = GeneratorHarness.Run(Declarations.KeyValue, Declarations.Columnar).AssertClean();

        var old = first.InputCompilation.SyntaxTrees.Single(t => t.FilePath == "Source1.cs");
        var edited = GeneratorHarness.Parse(
            Declarations.Columnar.Replace(
                "[Column(5)]", "[Column(4)] public required int ProcessGroup { get; init; }\n    [Column(5)]", StringComparison.Ordinal),
            old.FilePath);
        var second = GeneratorHarness.Run(first.Driver, first.InputCompilation.ReplaceSyntaxTree(old, edited)).AssertClean();

        var specs = Outputs(second, TrackingNames.Specs);
        Assert.Contains(specs, o => o.Reason == IncrementalStepRunReason.Modified && o.Value.ToString()!.Contains("ProcessStat", StringComparison.Ordinal));
        // The other declaration's model is untouched, so only one parser is re-emitted.
        Assert.Single(specs, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("ProcessGroup = processGroup,", second.Source("Tests.ProcessStat.g.cs"), StringComparison.Ordinal);
        Assert.Equal(first.Source("Tests.ProcessStatus.g.cs"), second.Source("Tests.ProcessStatus.g.cs"));
    }

    [Fact]
    public void MovingADeclarationInItsFile_RerunsTheCrossChecks_ButRegeneratesNothing()
    {
        var first = GeneratorHarness.Run(Declarations.KeyValue, Declarations.Columnar).AssertClean();

        var old = first.InputCompilation.SyntaxTrees.Single(t => t.FilePath == "Source1.cs");
        var moved = GeneratorHarness.Parse(Declarations.Columnar.Replace("namespace Tests;", "namespace Tests;\n\n// moved down\n", StringComparison.Ordinal), old.FilePath);
        var second = GeneratorHarness.Run(first.Driver, first.InputCompilation.ReplaceSyntaxTree(old, moved)).AssertClean();

        // The sites moved, so the check ran again (Unchanged, not Cached); what it decided did not change, so no
        // source output ran.
        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(Outputs(second, TrackingNames.CrossChecks)).Reason);
        foreach (var step in new[] { TrackingNames.Specs, TrackingNames.Blocked, TrackingNames.Catalog })
            Assert.All(Outputs(second, step), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {o.Reason}"));
        var sourceOutputs = second.RunResult.Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.All(sourceOutputs, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"source output {o.Value} was {o.Reason}"));
    }

    [Fact]
    public void ModelsHoldNoCompilerObjects()
    {
        var run = GeneratorHarness.Run(
            Declarations.KeyValue, Declarations.Columnar, Declarations.Nested, Declarations.NulSeparatedEnvironment, Declarations.Placeholders)
            .AssertClean();

        foreach (var step in new[] { TrackingNames.Specs, TrackingNames.Blocked, TrackingNames.Catalog })
        {
            var outputs = Outputs(run, step);
            Assert.NotEmpty(outputs);
            foreach (var (value, _) in outputs)
                ModelWalker.AssertNoCompilerObjects(value, step);
        }
    }

    [Fact]
    public void ModelWalker_FindsASymbolBuriedInAModel()
    {
        // The walker must be able to fail: a symbol inside a list inside a record is found.
        var compilation = GeneratorHarness.CreateCompilation("class C { }");
        var buried = new Holder(new object[] { 1, new List<object> { "x", compilation.GetTypeByMetadataName("C")! } });

        var error = Assert.ThrowsAny<Exception>(() => ModelWalker.AssertNoCompilerObjects(buried, "test"));
        Assert.Contains("ISymbol", error.Message, StringComparison.Ordinal);
    }

    private sealed record Holder(object[] Items);

    private static void AssertNothingRegenerated(GeneratorRun run)
    {
        foreach (var step in s_modelSteps)
        {
            var outputs = Outputs(run, step);
            Assert.NotEmpty(outputs);
            Assert.All(outputs, o => Assert.True(
                o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"{step} output {o.Value} was {o.Reason}"));
        }

        // The source outputs themselves: nothing re-emitted.
        var sourceOutputs = run.RunResult.Results.Single().TrackedOutputSteps
            .SelectMany(step => step.Value)
            .SelectMany(step => step.Outputs)
            .ToList();
        Assert.NotEmpty(sourceOutputs);
        Assert.All(sourceOutputs, o => Assert.True(
            o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
            $"source output {o.Value} was {o.Reason}"));
    }

    private static List<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRun run, string step)
    {
        var tracked = run.RunResult.Results.Single().TrackedSteps;
        Assert.True(tracked.ContainsKey(step), $"No tracked step '{step}'; tracked: {string.Join(", ", tracked.Keys)}");
        return tracked[step].SelectMany(s => s.Outputs).ToList();
    }
}

/// <summary>
/// Walks a model object graph (fields of records and classes, arrays, any <see cref="IEnumerable"/> such as
/// <c>EquatableArray</c>) and fails on anything that would break caching or root a compilation.
/// </summary>
internal static class ModelWalker
{
    private static readonly Type[] s_banned =
    {
        typeof(ISymbol), typeof(SyntaxNode), typeof(Compilation), typeof(Location), typeof(SyntaxTree), typeof(SemanticModel),
    };

    public static void AssertNoCompilerObjects(object? root, string step)
        => Walk(root, step, new HashSet<object>(ReferenceEqualityComparer.Instance));

    private static void Walk(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum) return;
        var type = value.GetType();
        if (s_banned.FirstOrDefault(b => b.IsAssignableFrom(type)) is { } banned)
            Assert.Fail($"{path} holds a {banned.Name} ({type.FullName}): models must be plain equatable data");
        // Other compiler types (SyntaxToken, AttributeData, ImmutableArray of nodes) are no better in a model.
        if (type.Assembly == typeof(Compilation).Assembly || type.Assembly == typeof(CSharpCompilation).Assembly)
            Assert.Fail($"{path} holds a Roslyn {type.FullName}");
        if (!type.IsValueType && !seen.Add(value)) return;

        if (value is IEnumerable items)
        {
            int i = 0;
            foreach (var item in items)
                Walk(item, $"{path}[{i++}]", seen);
        }
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                Walk(field.GetValue(value), $"{path}.{field.Name}", seen);
        }
    }
}
