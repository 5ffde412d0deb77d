using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using ProcGen.Generator.Diagnostics;
using ProcGen.Generator.Tests.Infrastructure;

namespace ProcGen.Generator.Tests;

/// <summary>
/// Each diagnostic fires where the markup says, with its ID, severity and message; a declaration with an error
/// generates nothing, without stopping the others.
/// </summary>
public class DiagnosticsTests
{
    private const string Usings = "using System.Collections.Generic;\nusing ProcGen;\n\nnamespace Tests;\n\n";

    // Every descriptor has at least one test below; the last test keeps this list honest.
    private static readonly string[] s_covered =
    {
        "PG0001", "PG0002", "PG0003", "PG0004", "PG0005", "PG0006", "PG0007", "PG0008",
        "PG0009", "PG0010", "PG0011", "PG0012", "PG0013", "PG0014", "PG0015", "PG0016",
    };

    [Fact]
    public void PG0001_TypeNotPartial() => Verify("""
        [ProcFile("uptime"), Columnar]
        public sealed record {|PG0001:Uptime|}
        {
            [Column(0)] public required double Seconds { get; init; }
        }
        """, "'Uptime' must be declared partial so that ProcGen can add its parser");

    [Fact]
    public void PG0002_ContainingTypeNotPartial() => Verify("""
        public static class Host
        {
            [ProcFile("uptime"), Columnar]
            public sealed partial record {|PG0002:Uptime|}
            {
                [Column(0)] public required double Seconds { get; init; }
            }
        }
        """, "'Uptime' is nested in 'Host', which must also be declared partial");

    [Theory]
    [InlineData("", "0")]
    [InlineData(", Columnar, SingleValue", "2")]
    public void PG0003_FormatAttributeCount(string formats, string count) => Verify($$"""
        [ProcFile("uptime"){{formats}}]
        public sealed partial record {|PG0003:Uptime|}
        {
            public required double Seconds { get; init; }
        }
        """, $"'Uptime' needs exactly one format attribute ([KeyValue], [Columnar], [SingleValue], [NulSeparated] or [SymbolicLink]); it has {count}");

    [Theory]
    [InlineData("", "it is empty")]
    [InlineData("/uptime", "it must be relative to the proc root (no leading '/')")]
    [InlineData("net/", "it must name a file (no trailing '/')")]
    [InlineData("net//dev", "it has an empty segment ('//')")]
    [InlineData("../etc/passwd", "'.' and '..' segments are not allowed")]
    [InlineData("net/dev}", "'}' without '{'")]
    [InlineData("fd{fd}", "a placeholder must be a whole segment, like {pid}")]
    [InlineData("{1x}/stat", "'{1x}' is not a placeholder name")]
    [InlineData("task/{pid}/stat", "{pid} must be the first segment")]
    public void PG0004_InvalidPathTemplate(string template, string reason) => Verify($$"""
        [ProcFile({|PG0004:"{{template}}"|}), SingleValue]
        public sealed partial record Knob
        {
            public required int Value { get; init; }
        }
        """, $"'{template}' is not a valid path template: {reason}");

    [Fact]
    public void PG0005_UnsupportedPropertyType() => Verify("""
        [ProcFile("meminfo"), KeyValue]
        public sealed partial record Meminfo
        {
            [Key("When")] public required System.DateTime {|PG0005:When|} { get; init; }
        }
        """, "Property 'When' has type 'System.DateTime', which a key-value declaration cannot produce; supported: integer types, double, bool, string, "
             + "enums with [ProcToken] members, IProcValue<T> types (IdSet, SlashPair, RangeList, …), arrays or IReadOnlyList<T> of integers or strings; each may be nullable");

    [Fact]
    public void PG0005_UnsupportedOtherKeysType() => Verify("""
        [ProcFile("meminfo"), KeyValue]
        public sealed partial record Meminfo
        {
            [OtherKeys] public required IReadOnlyDictionary<string, double> {|PG0005:Other|} { get; init; }
        }
        """, "Property 'Other' has type 'System.Collections.Generic.IReadOnlyDictionary<string, double>', which [OtherKeys] cannot produce; "
             + "supported: IReadOnlyDictionary<string, T> with T an integer type or string");

    [Fact]
    public void PG0006_DuplicateKey() => Verify("""
        [ProcFile("meminfo"), KeyValue]
        public sealed partial record Meminfo
        {
            [Key("MemTotal")] public ulong? First { get; init; }
            [Key({|PG0006:"MemTotal"|})] public ulong? Second { get; init; }
        }
        """, "Key 'MemTotal' is bound by both 'First' and 'Second'");

    [Fact]
    public void PG0006_DuplicateColumn() => Verify("""
        [ProcFile("loadavg"), Columnar]
        public sealed partial record LoadAverage
        {
            [Column(0)] public required double First { get; init; }
            [Column({|PG0006:0|})] public required double Second { get; init; }
        }
        """, "Column 0 is bound by both 'First' and 'Second'");

    [Fact]
    public void PG0006_DuplicateOtherKeys() => Verify("""
        [ProcFile("meminfo"), KeyValue]
        public sealed partial record Meminfo
        {
            [OtherKeys] public required IReadOnlyDictionary<string, ulong> First { get; init; }
            [OtherKeys] public required IReadOnlyDictionary<string, ulong> {|PG0006:Second|} { get; init; }
        }
        """, "[OtherKeys] is bound by both 'First' and 'Second'");

    [Fact]
    public void PG0007_PropertyNotSettable() => Verify("""
        [ProcFile("meminfo"), KeyValue]
        public sealed partial record Meminfo
        {
            [Key("MemTotal")] public ulong {|PG0007:MemTotal|} { get; }
        }
        """, "Property 'MemTotal' is bound but has no init or set accessor");

    [Fact]
    public void PG0008_UnboundProperty_IsAWarning_AndTheParserIsStillGenerated()
    {
        var run = Verify("""
            [ProcFile("meminfo"), KeyValue]
            public sealed partial record Meminfo
            {
                [Key("MemTotal")] public ulong? MemTotal { get; init; }
                public string? {|PG0008:Note|} { get; set; }
            }
            """, "Property 'Note' has no [Key] or [OtherKeys] attribute and will not be parsed");

        Assert.Contains("Tests.Meminfo.g.cs", run.GeneratedSources.Keys);
    }

    [Fact]
    public void PG0008_InColumnar_NamesColumn() => Verify("""
        [ProcFile("loadavg"), Columnar]
        public sealed partial record LoadAverage
        {
            [Column(0)] public required double OneMinute { get; init; }
            public double {|PG0008:Extra|} { get; init; }
        }
        """, "Property 'Extra' has no [Column] or [Rest] attribute and will not be parsed");

    [Fact]
    public void PG0009_InvalidSeparator() => Verify("""
        [ProcFile("meminfo"), {|PG0009:KeyValue(Separator = '\t')|}]
        public sealed partial record Meminfo
        {
            [Key("MemTotal")] public ulong? MemTotal { get; init; }
        }
        """, "Separator '\\t' is not valid here: use a printable ASCII character, or ' ' for a run of blanks");

    [Fact]
    public void PG0009_NegativeColumn() => Verify("""
        [ProcFile("loadavg"), Columnar]
        public sealed partial record LoadAverage
        {
            [Column({|PG0009:-1|})] public required double OneMinute { get; init; }
        }
        """, "Column index -1 is not valid here: indices start at 0");

    [Fact]
    public void PG0009_HexAndOctal() => Verify("""
        [ProcFile("loadavg"), Columnar]
        public sealed partial record LoadAverage
        {
            [Column(0), Hex, Octal] public required int {|PG0009:Flags|} { get; init; }
        }
        """, "[Hex] with [Octal] is not valid here: a number has one base");

    [Fact]
    public void PG0009_NoRowsTextWithBlanksAround() => Verify("""
        [ProcFile("dma"), {|PG0009:Rows(NoRowsText = " No DMA")|}]
        public sealed partial record DmaChannel
        {
            [Column(0), Suffix(":")] public required int Channel { get; init; }
            [Rest] public required string Device { get; init; }
        }
        """, "NoRowsText \" No DMA\" is not valid here: give the line's text without surrounding blanks or line breaks");

    [Fact]
    public void PG0010_KeyInColumnar() => Verify("""
        [ProcFile("loadavg"), Columnar]
        public sealed partial record LoadAverage
        {
            [{|PG0010:Key("load")|}] public required double OneMinute { get; init; }
        }
        """, "[Key] cannot be used in a columnar declaration; use [Column(index)]");

    [Fact]
    public void PG0010_ColumnInKeyValue() => Verify("""
        [ProcFile("meminfo"), KeyValue]
        public sealed partial record Meminfo
        {
            [{|PG0010:Column(0)|}] public ulong? MemTotal { get; init; }
        }
        """, "[Column] cannot be used in a key-value declaration; use [Key(\"name\")]");

    [Fact]
    public void PG0010_BindingInWholeContentFormat() => Verify("""
        [ProcFile("{pid}/comm"), SingleValue]
        public sealed partial record Comm
        {
            [{|PG0010:Column(0)|}] public required string Value { get; init; }
        }
        """, "[Column] cannot be used in a single-value declaration; use a plain property (no binding attribute): the one property receives the whole content");

    [Theory]
    [InlineData("SingleValue", "single-value", "public required string A { get; init; } public required string B { get; init; }", "2")]
    [InlineData("SymbolicLink", "symbolic-link", "", "0")]
    public void PG0011_ContentPropertyCount(string format, string formatName, string members, string count) => Verify($$"""
        [ProcFile("{pid}/comm"), {{format}}]
        public sealed partial record {|PG0011:Comm|}
        {
            {{members}}
        }
        """, $"A {formatName} declaration has exactly one settable property, which receives the whole content; 'Comm' has {count}");

    [Fact]
    public void PG0012_KilobytesOnString() => Verify("""
        [ProcFile("meminfo"), KeyValue]
        public sealed partial record Meminfo
        {
            [Key("MemTotal"), Kilobytes] public string? {|PG0012:MemTotal|} { get; init; }
        }
        """, "[Kilobytes] on 'MemTotal' needs an integer property, not 'string?'");

    [Fact]
    public void PG0013_EnumWithoutTokens() => Verify("""
        [ProcFile("{pid}/stat"), Columnar]
        public sealed partial record Stat
        {
            [Column(0)] public required Color {|PG0013:State|} { get; init; }
        }

        public enum Color { Red, Green }
        """, "Enum 'Tests.Color' has no member marked [ProcToken], so no text can be mapped to it");

    [Fact]
    public void PG0014_OptionalColumnBeforeRequired() => Verify("""
        [ProcFile("loadavg"), Columnar]
        public sealed partial record LoadAverage
        {
            [Column(0)] public double? {|PG0014:OneMinute|} { get; init; }
            [Column(1)] public required double FiveMinutes { get; init; }
        }
        """, "Column 0 of 'OneMinute' is optional (nullable), but column 1 after it is required; only trailing columns may be optional");

    [Theory]
    [InlineData("Mem Total")]
    [InlineData("Mem:Total")]
    public void PG0015_KeyThatCannotMatch(string key) => Verify($$"""
        [ProcFile("meminfo"), KeyValue]
        public sealed partial record Meminfo
        {
            [Key({|PG0015:"{{key}}"|})] public ulong? MemTotal { get; init; }
        }
        """, $"Key '{key}' contains the separator or whitespace and can never match");

    [Fact]
    public void PG0016_NestedInGenericType() => Verify("""
        public partial class Host<T>
        {
            [ProcFile("uptime"), Columnar]
            public sealed partial record {|PG0016:Uptime|}
            {
                [Column(0)] public required double Seconds { get; init; }
            }
        }
        """, "'Uptime' is generic or nested in a generic type; a /proc file has one shape, so declarations cannot be generic");

    [Fact]
    public void PG0016_GenericDeclaration() => Verify("""
        [ProcFile("uptime"), Columnar]
        public sealed partial record {|PG0016:Uptime|}<T>
        {
            [Column(0)] public required double Seconds { get; init; }
        }
        """, "'Uptime' is generic or nested in a generic type; a /proc file has one shape, so declarations cannot be generic");

    [Fact]
    public void PG0009_EmptyKey() => Verify("""
        [ProcFile("meminfo"), KeyValue]
        public sealed partial record Meminfo
        {
            [Key({|PG0009:""|})] public ulong? MemTotal { get; init; }
        }
        """, "Key \"\" is not valid here: a key cannot be empty");

    [Fact]
    public void DeclarationWithError_GeneratesNothing_OtherDeclarationsStillGenerate()
    {
        var run = GeneratorHarness.Run(Usings + """
            [ProcFile("meminfo"), KeyValue]
            public sealed partial record Broken
            {
                [Key("MemTotal")] public ulong MemTotal { get; }
            }
            """, Declarations.Nested);

        Assert.Equal("PG0007", Assert.Single(run.GeneratorDiagnostics).Id);
        Assert.DoesNotContain("Tests.Broken.g.cs", run.GeneratedSources.Keys);
        Assert.Contains("Tests.Host.LoadAverage.g.cs", run.GeneratedSources.Keys);
        var catalog = run.Source("ProcGen.Generated.ProcCatalog.g.cs");
        Assert.Contains("Tests.Host.LoadAverage", catalog, StringComparison.Ordinal);
        Assert.DoesNotContain("Broken", catalog, StringComparison.Ordinal);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void PragmaWarningDisable_SilencesPG0008()
    {
        const string declaration = """
            [ProcFile("meminfo"), KeyValue]
            public sealed partial record Meminfo
            {
                [Key("MemTotal")] public ulong? MemTotal { get; init; }
            #pragma warning disable PG0008 // a cache, not a field of the file
                public string? Note { get; set; }
            #pragma warning restore PG0008
                public string? Other { get; set; }
            }
            """;

        var run = GeneratorHarness.Run(Usings + declaration);

        // The driver either drops a pragma-disabled diagnostic or marks it suppressed; either way it must not be
        // reported, while the same warning outside the pragma region still is.
        var reported = run.GeneratorDiagnostics.Where(d => !d.IsSuppressed).ToList();
        var only = Assert.Single(reported);
        Assert.Equal("PG0008", only.Id);
        Assert.Contains("'Other'", only.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryDescriptorIsCovered()
    {
        var ids = typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => ((DiagnosticDescriptor)f.GetValue(null)!).Id)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(ids, s_covered);
        var tested = typeof(DiagnosticsTests).GetMethods().Select(m => m.Name[..Math.Min(6, m.Name.Length)]).ToHashSet();
        Assert.All(ids, id => Assert.Contains(id, tested));
    }

    [Fact]
    public void Markup_ReportsSpanOfMarkedText()
    {
        var (source, spans) = Markup.Parse("ab{|PG0001:cd|}e{|PG0002:f|}");

        Assert.Equal("abcdef", source);
        Assert.Equal(new[] { new MarkedSpan("PG0001", new(2, 2)), new MarkedSpan("PG0002", new(5, 1)) }, spans);
    }

    /// <summary>
    /// Runs the generator on <paramref name="markup"/> (after the standard usings) and requires exactly the marked
    /// diagnostic: same ID, the descriptor's severity, the marked span, the given message. An error also means
    /// no parser for the declaration.
    /// </summary>
    private static GeneratorRun Verify(string markup, string message)
    {
        var (source, spans) = Markup.Parse(Usings + markup);
        var expected = Assert.Single(spans);
        var descriptor = Descriptor(expected.Id);
        var run = GeneratorHarness.Run(source);

        var actual = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(descriptor.DefaultSeverity, actual.Severity);
        Assert.Equal(message, actual.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(actual.Location.IsInSource, "The location must be in source, so that #pragma applies: " + actual.Location);
        Assert.Equal("Source0.cs", actual.Location.SourceTree!.FilePath);
        Assert.True(expected.Span == actual.Location.SourceSpan,
            $"Expected the diagnostic on '{source.Substring(expected.Span.Start, expected.Span.Length)}' {expected.Span}, "
            + $"but it is on '{source.Substring(actual.Location.SourceSpan.Start, actual.Location.SourceSpan.Length)}' {actual.Location.SourceSpan}");

        if (descriptor.DefaultSeverity == DiagnosticSeverity.Error)
        {
            Assert.DoesNotContain(run.GeneratedSources.Keys, hint => hint.StartsWith("Tests.", StringComparison.Ordinal));
            Assert.DoesNotContain("ProcGen.Generated.ProcCatalog.g.cs", run.GeneratedSources.Keys);
        }
        return run;
    }

    private static DiagnosticDescriptor Descriptor(string id)
        => typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetValue(null)).OfType<DiagnosticDescriptor>()
            .Single(d => d.Id == id);
}
