using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using ProcGen.CodeFixes;
using ProcGen.Generator.Diagnostics;
using ProcGen.Generator.Tests.Infrastructure;

namespace ProcGen.CodeFixes.Tests;

/// <summary>
/// Each fix, applied in a workspace to the diagnostic the generator reports at the marked span, gives exactly the
/// expected source, and that source then generates and compiles without a diagnostic.
/// </summary>
public class CodeFixTests
{
    private const string Usings = "using System.Collections.Generic;\nusing ProcGen;\n\nnamespace Tests;\n\n";

    [Fact]
    public Task PG0001_AddsPartialBeforeTheKeyword() => VerifyFix(new AddPartialCodeFixProvider(), AddPartialCodeFixProvider.Title, """
        [ProcFile("uptime"), Columnar]
        public sealed record {|PG0001:Uptime|}
        {
            [Column(0)] public required double Seconds { get; init; }
        }
        """, """
        [ProcFile("uptime"), Columnar]
        public sealed partial record Uptime
        {
            [Column(0)] public required double Seconds { get; init; }
        }
        """);

    [Fact]
    public Task PG0001_AddsPartial_WhenThereAreNoModifiers() => VerifyFix(new AddPartialCodeFixProvider(), AddPartialCodeFixProvider.Title, """
        [ProcFile("uptime"), Columnar]
        record struct {|PG0001:Uptime|}
        {
            [Column(0)] public required double Seconds { get; init; }
        }
        """, """
        [ProcFile("uptime"), Columnar]
        partial record struct Uptime
        {
            [Column(0)] public required double Seconds { get; init; }
        }
        """);

    [Fact]
    public Task PG0002_AddsPartialToTheContainingType() => VerifyFix(new AddPartialCodeFixProvider(), AddPartialCodeFixProvider.Title, """
        public static class {|PG0002:Host|}
        {
            [ProcFile("uptime"), Columnar]
            public sealed partial record Uptime
            {
                [Column(0)] public required double Seconds { get; init; }
            }
        }
        """, """
        public static partial class Host
        {
            [ProcFile("uptime"), Columnar]
            public sealed partial record Uptime
            {
                [Column(0)] public required double Seconds { get; init; }
            }
        }
        """);

    [Fact]
    public Task PG0006_RenumbersTheColumnsAfterAnInsertedOne_KeepingGaps() => VerifyFix(new RenumberColumnsCodeFixProvider(), RenumberColumnsCodeFixProvider.Title, """
        [ProcFile("{pid}/stat"), Columnar]
        public sealed partial record Stat
        {
            [Column(0)] public required int Pid { get; init; }
            [Column(3)] public required int ParentPid { get; init; }
            [Column(4)] public required int ProcessGroup { get; init; }
            [Column({|PG0006:4|})] public required int Session { get; init; }
            [Column(5)] public required int Terminal { get; init; }
            [Column(9)] public required ulong MinorFaults { get; init; }
            [Rest(10)] public string? Tail { get; init; }
        }
        """, """
        [ProcFile("{pid}/stat"), Columnar]
        public sealed partial record Stat
        {
            [Column(0)] public required int Pid { get; init; }
            [Column(3)] public required int ParentPid { get; init; }
            [Column(4)] public required int ProcessGroup { get; init; }
            [Column(5)] public required int Session { get; init; }
            [Column(6)] public required int Terminal { get; init; }
            [Column(9)] public required ulong MinorFaults { get; init; }
            [Rest(10)] public string? Tail { get; init; }
        }
        """);

    [Fact]
    public Task PG0006_RenumberingMovesTheRestToo() => VerifyFix(new RenumberColumnsCodeFixProvider(), RenumberColumnsCodeFixProvider.Title, """
        [ProcFile("iomem"), Rows]
        public sealed partial record Region
        {
            [Column(0)] public required string Range { get; init; }
            [Column({|PG0006:0|})] public required string Colon { get; init; }
            [Rest(1)] public required string Name { get; init; }
        }
        """, """
        [ProcFile("iomem"), Rows]
        public sealed partial record Region
        {
            [Column(0)] public required string Range { get; init; }
            [Column(1)] public required string Colon { get; init; }
            [Rest(2)] public required string Name { get; init; }
        }
        """);

    [Fact]
    public Task PG0006_NoRenumbering_WhenColumnsAreNotInAscendingOrder() => VerifyNoFix(new RenumberColumnsCodeFixProvider(), """
        [ProcFile("loadavg"), Columnar]
        public sealed partial record Load
        {
            [Column(2)] public required double Fifteen { get; init; }
            [Column(0)] public required double One { get; init; }
            [Column({|PG0006:2|})] public required double Other { get; init; }
        }
        """);

    [Fact]
    public Task PG0006_NoRenumbering_ForADuplicateKey() => VerifyNoFix(new RenumberColumnsCodeFixProvider(), """
        [ProcFile("meminfo"), KeyValue]
        public sealed partial record Meminfo
        {
            [Key("MemTotal")] public ulong? First { get; init; }
            [Key({|PG0006:"MemTotal"|})] public ulong? Second { get; init; }
        }
        """);

    [Fact]
    public Task PG0007_AddsInit_AndRequiredForANonNullableProperty() => VerifyFix(new AddInitAccessorCodeFixProvider(), AddInitAccessorCodeFixProvider.Title, """
        [ProcFile("meminfo"), KeyValue]
        public sealed partial record Meminfo
        {
            [Key("MemTotal"), Kilobytes] public ulong {|PG0007:MemTotal|} { get; }
        }
        """, """
        [ProcFile("meminfo"), KeyValue]
        public sealed partial record Meminfo
        {
            [Key("MemTotal"), Kilobytes] public required ulong MemTotal { get; init; }
        }
        """);

    [Fact]
    public Task PG0007_AddsOnlyInit_ForANullableProperty() => VerifyFix(new AddInitAccessorCodeFixProvider(), AddInitAccessorCodeFixProvider.Title, """
        [ProcFile("meminfo"), KeyValue]
        public sealed partial record Meminfo
        {
            [Key("MemAvailable"), Kilobytes] public ulong? {|PG0007:MemAvailable|} { get; }
        }
        """, """
        [ProcFile("meminfo"), KeyValue]
        public sealed partial record Meminfo
        {
            [Key("MemAvailable"), Kilobytes] public ulong? MemAvailable { get; init; }
        }
        """);

    [Fact]
    public Task PG0007_NoFix_ForAComputedProperty() => VerifyNoFix(new AddInitAccessorCodeFixProvider(), """
        [ProcFile("meminfo"), KeyValue]
        public sealed partial record Meminfo
        {
            [Key("MemTotal")] public ulong {|PG0007:MemTotal|} => 0;
        }
        """);

    [Fact]
    public Task PG0019_MakesAnOptionalKeysPropertyNullable() => VerifyFix(new RequiredModifierCodeFixProvider(), "Make 'HugePagesTotal' nullable (the field may be absent)", """
        [ProcFile("meminfo"), KeyValue]
        public sealed partial record Meminfo
        {
            [Key("HugePages_Total")] public ulong {|PG0019:HugePagesTotal|} { get; init; }
        }
        """, """
        [ProcFile("meminfo"), KeyValue]
        public sealed partial record Meminfo
        {
            [Key("HugePages_Total")] public ulong? HugePagesTotal { get; init; }
        }
        """);

    [Fact]
    public Task PG0019_MakesAReferenceTypeNullable() => VerifyFix(new RequiredModifierCodeFixProvider(), "Make 'Path' nullable (the field may be absent)", """
        [ProcFile("{pid}/maps"), Rows]
        public sealed partial record Map
        {
            [Column(0)] public required string Range { get; init; }
            [Rest] public string {|PG0019:Path|} { get; init; }
        }
        """, """
        [ProcFile("{pid}/maps"), Rows]
        public sealed partial record Map
        {
            [Column(0)] public required string Range { get; init; }
            [Rest] public string? Path { get; init; }
        }
        """);

    [Fact]
    public Task PG0019_OrMarksItRequired() => VerifyFix(new RequiredModifierCodeFixProvider(), "Add 'required' to 'MemTotal' (the field is always there)", """
        [ProcFile("meminfo"), KeyValue]
        public sealed partial record Meminfo
        {
            [Key("MemTotal"), Kilobytes] public ulong {|PG0019:MemTotal|} { get; init; }
        }
        """, """
        [ProcFile("meminfo"), KeyValue]
        public sealed partial record Meminfo
        {
            [Key("MemTotal"), Kilobytes] public required ulong MemTotal { get; init; }
        }
        """);

    [Fact]
    public Task PG0020_RemovesRequired() => VerifyFix(new RequiredModifierCodeFixProvider(), "Remove 'required' from 'HugePagesTotal'", """
        [ProcFile("meminfo"), KeyValue]
        public sealed partial record Meminfo
        {
            [Key("HugePages_Total")] public required ulong? {|PG0020:HugePagesTotal|} { get; init; }
        }
        """, """
        [ProcFile("meminfo"), KeyValue]
        public sealed partial record Meminfo
        {
            [Key("HugePages_Total")] public ulong? HugePagesTotal { get; init; }
        }
        """);

    [Fact]
    public Task PG0020_RemovesRequired_WhenItIsTheFirstModifier() => VerifyFix(new RequiredModifierCodeFixProvider(), "Remove 'required' from 'Zswap'", """
        [ProcFile("meminfo"), KeyValue]
        public sealed partial record Meminfo
        {
            [Key("Zswap")]
            required public ulong? {|PG0020:Zswap|} { get; init; }
        }
        """, """
        [ProcFile("meminfo"), KeyValue]
        public sealed partial record Meminfo
        {
            [Key("Zswap")]
            public ulong? Zswap { get; init; }
        }
        """);

    [Fact]
    public void EveryProvider_IsExported_AndFixesCatalogIds()
    {
        var catalog = typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetValue(null)).OfType<DiagnosticDescriptor>().Select(d => d.Id).ToHashSet();
        var providers = typeof(AddPartialCodeFixProvider).Assembly.GetTypes().Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract).ToList();

        Assert.Equal(4, providers.Count);
        foreach (var type in providers)
        {
            var export = type.GetCustomAttribute<ExportCodeFixProviderAttribute>();
            Assert.NotNull(export);
            Assert.Contains(LanguageNames.CSharp, export.Languages);
            var provider = (CodeFixProvider)Activator.CreateInstance(type)!;
            Assert.All(provider.FixableDiagnosticIds, id => Assert.Contains(id, catalog));
        }
        Assert.Equal(
            new[] { "PG0001", "PG0002", "PG0006", "PG0007", "PG0019", "PG0020" },
            providers.SelectMany(t => ((CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// Runs the generator on <paramref name="before"/> (after the usings) in a workspace, applies the fix titled
    /// <paramref name="title"/> to the diagnostic at the marked span, and requires <paramref name="after"/> exactly;
    /// the fixed source must then generate and compile without a diagnostic.
    /// </summary>
    private static async Task VerifyFix(CodeFixProvider provider, string title, string before, string after)
    {
        var (document, diagnostic) = await DiagnosedDocument(before);

        var actions = await Actions(provider, document, diagnostic);
        var action = Assert.Single(actions, a => a.Title == title);
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var changed = Assert.Single(operations.OfType<ApplyChangesOperation>()).ChangedSolution.GetDocument(document.Id)!;
        var text = (await changed.GetTextAsync()).ToString();

        Assert.Equal((Usings + after).ReplaceLineEndings("\n"), text.ReplaceLineEndings("\n"));
        GeneratorHarness.Run(text).AssertClean();
    }

    private static async Task VerifyNoFix(CodeFixProvider provider, string before)
    {
        var (document, diagnostic) = await DiagnosedDocument(before);

        Assert.Empty(await Actions(provider, document, diagnostic));
    }

    private static async Task<List<CodeAction>> Actions(CodeFixProvider provider, Document document, Diagnostic diagnostic)
    {
        Assert.Contains(diagnostic.Id, provider.FixableDiagnosticIds);
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await provider.RegisterCodeFixesAsync(context);
        return actions;
    }

    /// <summary>A workspace document for the source, and the generator's diagnostic at its one marked span.</summary>
    private static async Task<(Document Document, Diagnostic Diagnostic)> DiagnosedDocument(string markup)
    {
        var (source, spans) = Markup.Parse(Usings + markup);
        var expected = Assert.Single(spans);

        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(), VersionStamp.Default, "Fixes", "Fixes", LanguageNames.CSharp,
            compilationOptions: GeneratorHarness.CompilationOptions,
            parseOptions: GeneratorHarness.ParseOptions,
            metadataReferences: GeneratorHarness.References));
        var document = workspace.AddDocument(project.Id, "Source0.cs", Microsoft.CodeAnalysis.Text.SourceText.From(source));

        var compilation = (CSharpCompilation)(await document.Project.GetCompilationAsync())!;
        GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);
        var diagnostic = Assert.Single(diagnostics, d => d.Id == expected.Id);
        Assert.Equal(expected.Span, diagnostic.Location.SourceSpan);
        Assert.Same(await document.GetSyntaxTreeAsync(), diagnostic.Location.SourceTree);
        return (document, diagnostic);
    }
}
