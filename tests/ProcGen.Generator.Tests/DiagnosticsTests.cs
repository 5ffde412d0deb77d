using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
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
        "PG0017", "PG0018", "PG0019", "PG0020", "PG0021", "PG0022", "PG0023",
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
        public static class {|PG0002:Host|}
        {
            [ProcFile("uptime"), Columnar]
            public sealed partial record Uptime
            {
                [Column(0)] public required double Seconds { get; init; }
            }
        }
        """, "'Uptime' is nested in 'Host', which must also be declared partial");

    [Fact]
    public void PG0003_NoFormatAttribute() => Verify("""
        [ProcFile("uptime")]
        public sealed partial record {|PG0003:Uptime|}
        {
            public required double Seconds { get; init; }
        }
        """, "'Uptime' needs exactly one format attribute ([KeyValue], [Columnar], [SingleValue], [NulSeparated], [SymbolicLink], [Rows], [HeaderTable], [PairedLines] or [Blocks]); it has 0");

    [Fact]
    public void PG0003_TwoFormatAttributes_AtTheSecond() => Verify("""
        [ProcFile("uptime"), Columnar, {|PG0003:SingleValue|}]
        public sealed partial record Uptime
        {
            public required double Seconds { get; init; }
        }
        """, "'Uptime' needs exactly one format attribute ([KeyValue], [Columnar], [SingleValue], [NulSeparated], [SymbolicLink], [Rows], [HeaderTable], [PairedLines] or [Blocks]); it has 2");

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
    [InlineData("{pid}/fd/{fd}/{fd}", "'{fd}' appears twice, and an accessor cannot take two parameters of one name")]
    [InlineData("{pid}/x/{process}", "'{process}' would be named like the accessor's receiver ('process'); rename the placeholder")]
    [InlineData("sys/{fs}", "'{fs}' would be named like the accessor's receiver ('fs'); rename the placeholder")]
    [InlineData("{pid}", "{pid} alone is a process directory, not a file")]
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
             + "enums with [ProcToken] members, IProcValue<T> types (IdSet, SlashPair, RangeList, …), arrays or IReadOnlyList<T> of integers or strings, other declarations ([ProcFile] or [ProcPart]) and IReadOnlyList<T> or ProcTable<T> of row declarations; each may be nullable");

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
    public void PG0005_UnsupportedRepeatedKeyType() => Verify("""
        [ProcFile("fdinfo"), KeyValue]
        public sealed partial record FdInfo
        {
            [RepeatedKey("tfd")] public required string {|PG0005:Targets|} { get; init; }
        }
        """, "Property 'Targets' has type 'string', which [RepeatedKey] cannot produce; supported: IReadOnlyList<T> with T any type a key can have (but a list or table)");

    [Fact]
    public void PG0006_KeyAndRepeatedKeyOfOneName() => Verify("""
        [ProcFile("fdinfo"), KeyValue]
        public sealed partial record FdInfo
        {
            [Key("tfd")] public string? First { get; init; }
            [RepeatedKey({|PG0006:"tfd"|})] public required IReadOnlyList<string> Second { get; init; }
        }
        """, "RepeatedKey 'tfd' is bound by both 'First' and 'Second'");

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
            """, "Property 'Note' has no [Key], [IndexedKey] or [OtherKeys] attribute and will not be parsed");

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
        [ProcFile("meminfo"), KeyValue({|PG0009:Separator = '\t'|})]
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

    [Fact]
    public void PG0009_BinaryOnAValueThatReadsText() => Verify("""
        [ProcFile("{pid}/auxv"), SingleValue({|PG0009:Binary = true|})]
        public sealed partial record Auxv
        {
            public required string Value { get; init; }
        }
        """, "Binary = true is not valid here: binary content is read by an IProcValue<T> type that takes the raw bytes; 'Value' is not one");

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
            [Key("MemTotal"), {|PG0012:Kilobytes|}] public string? MemTotal { get; init; }
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
    [InlineData("Mem  Total")]
    [InlineData("Mem:Total")]
    public void PG0015_KeyThatCannotMatch(string key) => Verify($$"""
        [ProcFile("meminfo"), KeyValue]
        public sealed partial record Meminfo
        {
            [Key({|PG0015:"{{key}}"|})] public ulong? MemTotal { get; init; }
        }
        """, $"Key '{key}' contains the separator, a tab or line break, or blanks a key never has (leading, trailing, doubled; any blank when blanks separate), and can never match");

    [Fact]
    public void PG0009_PartWithAWholeFileFormat() => Verify("""
        [ProcPart, {|PG0009:SingleValue|}]
        public sealed partial record Name
        {
            public required string Text { get; init; }
        }
        """, "[ProcPart] with [SingleValue] is not valid here: a part is a piece of a file: key-value, columnar, paired lines, rows, header table or blocks");

    [Fact]
    public void PG0009_PartThatIsAlsoAFile() => Verify("""
        [ProcFile("loadavg"), {|PG0009:ProcPart|}, Columnar]
        public sealed partial record LoadAverage
        {
            [Column(0)] public required double OneMinute { get; init; }
        }
        """, "[ProcPart] with [ProcFile] is not valid here: a file declaration can already be used as a part: remove [ProcPart]");

    [Fact]
    public void PG0005_DeclarationThatContainsItself() => Verify("""
        [ProcPart, KeyValue]
        public sealed partial record Node
        {
            [Key("child")] public Node? {|PG0005:Child|} { get; init; }
        }
        """, "Property 'Child' has type 'Tests.Node?', which a key-value declaration cannot produce; supported: a declaration cannot contain itself: the parse would never end");

    [Fact]
    public void PG0010_HeaderLineOutsideBlocksAndKeyValue() => Verify("""
        [ProcFile("net/snmp"), PairedLines]
        public sealed partial record Snmp
        {
            [{|PG0010:HeaderLine|}] public required string Title { get; init; }
        }
        """, "[HeaderLine] cannot be used in a paired-lines declaration; use [Key(\"name\")]");

    [Fact]
    public void PG0010_RestBesideKeysInBlocks() => Verify("""
        [ProcFile("cpuinfo"), Blocks]
        public sealed partial record Processor
        {
            [Key("processor")] public required int Number { get; init; }
            [{|PG0010:Rest|}] public required string Body { get; init; }
        }
        """, "[Rest] cannot be used in a keyed blocks declaration; use [Key] for every body line, or one [Rest] for the whole body");

    [Fact]
    public void PG0009_EmptyHeaderPrefix() => Verify("""
        [ProcFile("mdstat"), Blocks({|PG0009:HeaderPrefix = ""|})]
        public sealed partial record Array
        {
            [HeaderLine] public required string Title { get; init; }
        }
        """, "HeaderPrefix \"\" is not valid here: give the text a block's first line starts with, without line breaks");

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

    [Theory]
    [InlineData("Rows", "SkipLines")]
    [InlineData("HeaderTable", "HeaderLine")]
    public void PG0009_NegativeLineCount_AtTheArgument(string format, string argument) => Verify($$"""
        [ProcFile("slabinfo"), {{format}}({|PG0009:{{argument}} = -1|})]
        public sealed partial record Slab
        {
            [Column(0)] public required string Name { get; init; }
        }
        """, $"{argument} -1 is not valid here: a line count cannot be negative");

    [Theory]
    [InlineData("")]
    [InlineData("Read Stat")]
    [InlineData("class")]
    public void PG0009_AccessorThatIsNotAnIdentifier(string accessor) => Verify($$"""
        [ProcFile("uptime", {|PG0009:Accessor = "{{accessor}}"|}), Columnar]
        public sealed partial record Uptime
        {
            [Column(0)] public required double Seconds { get; init; }
        }
        """, $"Accessor '{accessor}' is not valid here: an accessor's name must be a C# identifier");

    [Fact]
    public void PG0017_TwoDeclarationsForOnePath_BothReported_NeitherGenerated() => Verify("""
        [ProcFile({|PG0017:"{pid}/fd/{fd}"|}), SymbolicLink]
        public sealed partial record ProcessFd
        {
            public required string Target { get; init; }
        }

        [ProcFile({|PG0017:"{pid}/fd/{n}"|}, Accessor = "Descriptor"), SymbolicLink]
        public sealed partial record Descriptor
        {
            public required string Target { get; init; }
        }
        """,
        "'Tests.ProcessFd' declares the path '{pid}/fd/{fd}', which 'Tests.Descriptor' also declares; an assembly has one declaration per /proc file",
        "'Tests.Descriptor' declares the path '{pid}/fd/{n}', which 'Tests.ProcessFd' also declares; an assembly has one declaration per /proc file");

    [Fact]
    public void PG0018_SameAccessor_AtTheAccessorArgument_OrTheTypeName() => Verify("""
        [ProcFile("uptime"), Columnar]
        public sealed partial record {|PG0018:Uptime|} { [Column(0)] public required double Seconds { get; init; } }

        [ProcFile("uptime2", {|PG0018:Accessor = "Uptime"|}), Columnar]
        public sealed partial record Uptime2 { [Column(0)] public required double Seconds { get; init; } }
        """,
        "The accessor ProcFs.Uptime() of 'Tests.Uptime' clashes with the one of 'Tests.Uptime2' in namespace 'Tests'; rename one with [ProcFile(…, Accessor = \"…\")]",
        "The accessor ProcFs.Uptime() of 'Tests.Uptime2' clashes with the one of 'Tests.Uptime' in namespace 'Tests'; rename one with [ProcFile(…, Accessor = \"…\")]");

    [Fact]
    public void PG0018_TryReadAndEnumerateNamesClashToo() => Verify("""
        [ProcFile("{pid}/maps"), Rows]
        public sealed partial record {|PG0018:Maps|} { [Column(0)] public required string Range { get; init; } }

        [ProcFile("{pid}/smaps", {|PG0018:Accessor = "EnumerateMaps"|}), Rows]
        public sealed partial record Smaps { [Column(0)] public required string Range { get; init; } }
        """,
        "The accessor ProcessDirectory.EnumerateMaps() of 'Tests.Maps' clashes with the one of 'Tests.Smaps' in namespace 'Tests'; rename one with [ProcFile(…, Accessor = \"…\")]",
        "The accessor ProcessDirectory.EnumerateMaps() of 'Tests.Smaps' clashes with the one of 'Tests.Maps' in namespace 'Tests'; rename one with [ProcFile(…, Accessor = \"…\")]");

    [Fact]
    public void PG0017_ASecondPathOfOneDeclarationCountsToo() => Verify("""
        [ProcFile({|PG0017:"net/tcp"|}, Accessor = "Tcp"), ProcFile("net/tcp6", Accessor = "Tcp6"), Rows]
        public sealed partial record Socket { [Column(0)] public required string Slot { get; init; } }

        [ProcFile({|PG0017:"net/tcp6"|}, Accessor = "Tcp6Only"), Rows]
        public sealed partial record Socket6 { [Column(0)] public required string Slot { get; init; } }
        """,
        "'Tests.Socket' declares the path 'net/tcp6', which 'Tests.Socket6' also declares; an assembly has one declaration per /proc file",
        "'Tests.Socket6' declares the path 'net/tcp6', which 'Tests.Socket' also declares; an assembly has one declaration per /proc file");

    [Fact]
    public void PG0018_TwoPathsOfOneDeclarationWithOneAccessorName() => Verify("""
        [ProcFile("net/tcp", {|PG0018:Accessor = "Tcp"|}), ProcFile("net/udp", Accessor = "Tcp"), Rows]
        public sealed partial record Socket { [Column(0)] public required string Slot { get; init; } }
        """,
        "The accessor ProcFs.Tcp() of 'Tests.Socket' clashes with the one of 'Tests.Socket' in namespace 'Tests'; rename one with [ProcFile(…, Accessor = \"…\")]");

    [Fact]
    public void PG0018_SameNameOnDifferentReceiversIsFine()
        => Verify("""
            [ProcFile("net/tcp", Accessor = "Tcp"), ProcFile("{pid}/net/tcp", Accessor = "Tcp"), ProcFile("{pid}/task/{tid}/net/{name}", Accessor = "Tcp"), Rows]
            public sealed partial record Socket { [Column(0)] public required string Slot { get; init; } }
            """).AssertClean();  // each path's accessor takes that path's own placeholders

    [Fact]
    public void PG0018_InTheGlobalNamespace() => VerifySource("""
        using ProcGen;

        [ProcFile("a"), SingleValue] public sealed partial record {|PG0018:A|} { public required string Value { get; init; } }
        [ProcFile("b", {|PG0018:Accessor = "A"|}), SingleValue] public sealed partial record B { public required string Value { get; init; } }
        """,
        "The accessor ProcFs.A() of 'A' clashes with the one of 'B' in the global namespace; rename one with [ProcFile(…, Accessor = \"…\")]",
        "The accessor ProcFs.A() of 'B' clashes with the one of 'A' in the global namespace; rename one with [ProcFile(…, Accessor = \"…\")]");

    [Theory]
    [InlineData("[ProcFile(\"meminfo\"), KeyValue]", "[Key(\"MemTotal\"), Kilobytes] public ulong", "key 'MemTotal'")]
    [InlineData("[ProcFile(\"loadavg\"), Columnar]", "[Column(3)] public double", "column 3")]
    [InlineData("[ProcFile(\"{pid}/limits\"), HeaderTable(Aligned = true)]", "[Column(\"Soft Limit\")] public string", "column 'Soft Limit'")]
    [InlineData("[ProcFile(\"{pid}/maps\"), Rows]", "[Rest] public string", "the rest of the line")]
    public void PG0019_RequiredFieldOnAPropertyNotDeclaredRequired(string declaration, string property, string field)
    {
        var run = Verify($$"""
            {{declaration}}
            public sealed partial record File
            {
                {{property}} {|PG0019:Value|} { get; init; }
            }
            """, $"Property 'Value' is not nullable, so {field} is required and a file without it fails to parse, but the property is not declared required; make it nullable if {field} may be absent, or mark it required");

        // A warning: the parser is still generated.
        Assert.Contains("Tests.File.g.cs", run.GeneratedSources.Keys);
    }

    [Fact]
    public void PG0019_NotReportedBeforeCSharp11_WhereThereIsNoRequired()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.ParseOptions.WithLanguageVersion(LanguageVersion.CSharp10), Usings + """
            [ProcFile("meminfo"), KeyValue]
            public sealed partial record Meminfo
            {
                [Key("MemTotal"), Kilobytes] public ulong MemTotal { get; init; }
            }
            """);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Contains("Tests.Meminfo.g.cs", run.GeneratedSources.Keys);
    }

    [Theory]
    [InlineData("[ProcFile(\"meminfo\"), KeyValue]", "[Key(\"HugePages_Total\")] public required ulong?", "key 'HugePages_Total'")]
    [InlineData("[ProcFile(\"{pid}/stat\"), Columnar]", "[Column(0)] public required int Pid { get; init; } [Column(52)] public required int?", "column 52")]
    [InlineData("[ProcFile(\"{pid}/maps\"), Rows]", "[Column(0)] public required string Range { get; init; } [Rest] public required string?", "the rest of the line")]
    public void PG0020_OptionalFieldOnAPropertyDeclaredRequired(string declaration, string property, string field) => Verify($$"""
        {{declaration}}
        public sealed partial record File
        {
            {{property}} {|PG0020:Value|} { get; init; }
        }
        """, $"Property 'Value' is declared required, but it is nullable, so {field} is optional and null when absent; remove 'required', or make the property non-nullable if {field} is always there");

    [Theory]
    [InlineData("public sealed partial record {|PG0021:Uptime|}([property: Column(0)] double Seconds);",
        "it has no parameterless constructor, and the parser creates it with new() { … } (positional records and constructors with parameters are not supported)")]
    [InlineData("public sealed partial class {|PG0021:Uptime|} { public Uptime(double seconds) => Seconds = seconds; [Column(0)] public required double Seconds { get; init; } }",
        "it has no parameterless constructor, and the parser creates it with new() { … } (positional records and constructors with parameters are not supported)")]
    [InlineData("public abstract partial record {|PG0021:Uptime|} { [Column(0)] public required double Seconds { get; init; } }", "it is abstract")]
    [InlineData("public static partial class {|PG0021:Uptime|} { }", "it is static")]
    [InlineData("public sealed partial record Uptime { [Column(0)] public required double Seconds { get; init; } public required string {|PG0021:Note|} { get; init; } }",
        "required member 'Note' is not bound to the file, so the parser cannot set it; bind it, or remove 'required'")]
    [InlineData("public sealed partial record Uptime { [Column(0)] public required double Seconds { get; init; } public required int {|PG0021:Note|}; }",
        "required member 'Note' is not bound to the file, so the parser cannot set it; bind it, or remove 'required'")]
    [InlineData("public sealed partial record {|PG0021:Uptime|} : Base { [Column(0)] public required double Seconds { get; init; } } public abstract record Base { public required int Id { get; init; } }",
        "required member 'Base.Id' is not bound to the file, so the parser cannot set it; bind it, or remove 'required'")]
    public void PG0021_TypeTheParserCannotCreate(string declaration, string reason) => Verify($$"""
        [ProcFile("uptime"), Columnar]
        {{declaration}}
        """, $"'Uptime' cannot be created by its parser: {reason}");

    [Theory]
    [InlineData("Columnar", "[Column(1)] public required string {|PG0022:Format|} { get; init; }", "Format", "columnar")]
    [InlineData("KeyValue", "public static Uptime {|PG0022:Parse|}(System.ReadOnlySpan<byte> text) => throw null!;", "Parse", "key-value")]
    [InlineData("Columnar", "public static bool {|PG0022:TryParse|}(System.ReadOnlySpan<byte> text, out Uptime? value) => throw null!;", "TryParse", "columnar")]
    [InlineData("Rows", "public static int {|PG0022:HeaderLineCount|} => 1;", "HeaderLineCount", "rows")]
    [InlineData("Columnar", "public const string {|PG0022:PathTemplate|} = \"uptime\";", "PathTemplate", "columnar")]
    public void PG0022_MemberNamedLikeAGeneratedOne(string format, string member, string name, string formatName) => Verify($$"""
        [ProcFile("uptime"), {{format}}]
        public sealed partial record Uptime
        {
            [Column(0)] public required double Seconds { get; init; }
            {{member}}
        }
        """.Replace("[Column(0)]", format == "KeyValue" ? "[Key(\"up\")]" : "[Column(0)]", StringComparison.Ordinal),
        $"'{name}' is a member the generated parser adds to 'Uptime' (as to every {formatName} declaration); rename it");

    /// <summary>
    /// For every ID, a declaration that comes close to it but is right: it must generate, compile, and report nothing.
    /// The documentation's fixed examples are a second such set (<see cref="DocumentationTests"/>).
    /// </summary>
    public static TheoryData<string, string> NearMisses => new()
    {
        { "PG0001", """[ProcFile("uptime"), Columnar] public partial record struct Uptime { [Column(0)] public required double Seconds { get; init; } }""" },
        { "PG0002", """public static partial class Host { public partial class Inner { [ProcFile("uptime"), Columnar] public sealed partial record Uptime { [Column(0)] public required double Seconds { get; init; } } } }""" },
        { "PG0003", """[ProcFile("{pid}/maps"), Rows] public sealed partial record Map { [Column(0)] public required string Range { get; init; } }""" },
        { "PG0004", """
            [ProcFile("{pid}/task/{tid}/ns/{fs}"), SymbolicLink] public sealed partial record Namespace { public required string Target { get; init; } }
            [ProcFile("net/dev_snmp6/{process}"), SingleValue] public sealed partial record Snmp6 { public required string Text { get; init; } }
            [ProcFile("irq/{irq}/{class}"), SingleValue] public sealed partial record IrqKnob { public required string Text { get; init; } }
            """ },
        { "PG0005", """[ProcFile("{pid}/stat"), Columnar] public sealed partial record Stat { [Column(0)] public required long Pid { get; init; } [Column(1)] public required IdSet Set { get; init; } [Column(2)] public required string[] Rest { get; init; } }""" },
        { "PG0006", """
            [ProcFile("meminfo"), KeyValue] public sealed partial record Meminfo { [Key("MemTotal")] public required ulong MemTotal { get; init; } [Key("MemFree")] public ulong? MemFree { get; init; } }
            [ProcFile("{pid}/status"), KeyValue] public sealed partial record Status { [Key("MemTotal")] public ulong? MemTotal { get; init; } }
            [ProcFile("loadavg"), Columnar] public sealed partial record Load { [Column(0)] public required double One { get; init; } [Column(1)] public required double Five { get; init; } }
            """ },
        { "PG0007", """[ProcFile("loadavg"), Columnar] public sealed partial record Load { [Column(0)] public required double One { get; set; } public double Twice => One * 2; }""" },
        { "PG0008", """[ProcFile("loadavg"), Columnar] public sealed partial record Load { [Column(0)] public required double One { get; init; } public double Half => One / 2; public static int Shared { get; set; } }""" },
        { "PG0009", """
            [ProcFile("vmstat", Accessor = "VirtualMemory"), KeyValue(Separator = ' ')] public sealed partial record Vm { [Key("pgfault")] public ulong? Faults { get; init; } }
            [ProcFile("slabinfo"), HeaderTable(HeaderLine = 1)] public sealed partial record Slab { [Column(0)] public required string Name { get; init; } }
            [ProcFile("{pid}/cgroup"), Rows(Separator = ':', SkipLines = 0)] public sealed partial record Cgroup { [Column(0)] public required int Id { get; init; } }
            """ },
        { "PG0010", """[ProcFile("{pid}/limits"), HeaderTable(Aligned = true)] public sealed partial record Limit { [Column("Limit")] public required string Name { get; init; } [Column(1)] public required string Soft { get; init; } }""" },
        { "PG0011", """[ProcFile("{pid}/comm"), SingleValue] public sealed partial record Comm { public required string Name { get; init; } public int Length => Name.Length; }""" },
        { "PG0012", """[ProcFile("meminfo"), KeyValue] public sealed partial record Meminfo { [Key("MemTotal"), Kilobytes] public ulong? MemTotal { get; init; } [Key("Flags"), Hex] public ulong? Flags { get; init; } }""" },
        { "PG0013", """
            public enum Letter { [ProcToken("R")] Running }
            [ProcFile("{pid}/stat"), Columnar] public sealed partial record Stat { [Column(2)] public required Letter State { get; init; } }
            """ },
        { "PG0014", """[ProcFile("{pid}/stat"), Columnar] public sealed partial record Stat { [Column(0)] public required int Pid { get; init; } [Column(52)] public int? ExitCode { get; init; } [Column(53)] public int? Next { get; init; } }""" },
        { "PG0015", """[ProcFile("meminfo"), KeyValue] public sealed partial record Meminfo { [Key("Active(anon)")] public ulong? ActiveAnon { get; init; } [Key("HugePages_Total")] public ulong? HugePages { get; init; } }""" },
        { "PG0016", """public partial class Host { [ProcFile("uptime"), Columnar] public sealed partial record Uptime { [Column(0)] public required double Seconds { get; init; } } }""" },
        { "PG0017", """
            [ProcFile("{pid}/stat"), Columnar] public sealed partial record ProcessStat { [Column(0)] public required int Pid { get; init; } }
            [ProcFile("{pid}/task/{tid}/stat"), Columnar] public sealed partial record ThreadStat { [Column(0)] public required int Pid { get; init; } }
            public partial class Views { [ProcFile("{pid}/stat"), Columnar] private sealed partial record PidOnly { [Column(0)] public required int Pid { get; init; } } }
            """ },
        { "PG0018", """
            [ProcFile("stat"), KeyValue(Separator = ' ')] public sealed partial record Stat { [Key("btime")] public ulong? BootTime { get; init; } }
            [ProcFile("{pid}/stat"), Columnar] public sealed partial record ProcessStat { [Column(0)] public required int Pid { get; init; } }
            [ProcFile("{pid}/fd/{fd}"), SymbolicLink] public sealed partial record ProcessFd { public required string Target { get; init; } }
            [ProcFile("{pid}/attr/{name}", Accessor = "Fd"), SingleValue] public sealed partial record AttrValue { public required string Text { get; init; } }
            """ },
        { "PG0019", """[ProcFile("meminfo"), KeyValue] public sealed partial record Meminfo { [Key("MemTotal")] public required ulong MemTotal { get; init; } [Key("Zswap")] public ulong? Zswap { get; init; } }""" },
        { "PG0021", """
            [ProcFile("uptime"), Columnar] public sealed partial class Uptime { private Uptime() { } [Column(0)] public required double Seconds { get; init; } }
            [ProcFile("loadavg"), Columnar] public partial struct Load { public Load(double one) => One = one; [Column(0)] public required double One { get; init; } }
            [ProcFile("stat"), KeyValue(Separator = ' ')] public sealed partial record Stat : StatBase { [System.Diagnostics.CodeAnalysis.SetsRequiredMembers] public Stat() { Origin = "kernel"; } [Key("btime")] public ulong? BootTime { get; init; } }
            public abstract record StatBase { public required string Origin { get; init; } }
            """ },
        { "PG0022", """[ProcFile("uptime"), Columnar] public sealed partial record Uptime { [Column(0)] public required double Seconds { get; init; } public static Uptime Parse(string text) => Parse(System.Text.Encoding.UTF8.GetBytes(text)); public string ParseRow => ""; }""" },
        { "PG0023", """
            [ProcPart, Columnar] public sealed partial record Times { [Column(0)] public required ulong User { get; init; } }
            [ProcPart, KeyValue(Separator = ' ')] public sealed partial record CpuLine { [Key("cpu")] public Times? Total { get; init; } }
            [ProcFile("stat"), KeyValue(Separator = ' ')] public sealed partial record Stat { [Key("cpu")] public Times? Cpu { get; init; } [Key("ctxt")] public ulong? Switches { get; init; } }
            """ },
        { "PG0020", """[ProcFile("{pid}/mountinfo"), Rows] public sealed partial record Mount { [Column(0)] public required int Id { get; init; } [Column(1), NullIf("-")] public required string? Source { get; init; } [Column(2)] public required string[] Options { get; init; } }""" },
    };

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void NearMiss_IsNotReported(string id, string declaration)
    {
        var run = GeneratorHarness.Run(Usings + declaration);

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == id);
        run.AssertClean();
    }

    [Fact]
    public void PG0023_DeclarationsContainingEachOther_AtEveryPropertyOnTheCycle() => Verify("""
        [ProcPart, KeyValue]
        public sealed partial record Inner
        {
            [Key("outer")] public Outer? {|PG0023:Back|} { get; init; }
        }

        [ProcFile("zoneinfo"), KeyValue]
        public sealed partial record Outer
        {
            [Key("inner")] public Inner? {|PG0023:Child|} { get; init; }
        }
        """,
        "'Tests.Inner' contains itself through property 'Back' (Tests.Inner.Back → Tests.Outer.Child → Tests.Inner): the parse would never end; make one of these properties a plain value",
        "'Tests.Outer' contains itself through property 'Child' (Tests.Outer.Child → Tests.Inner.Back → Tests.Outer): the parse would never end; make one of these properties a plain value");

    [Fact]
    public void PG0023_ALongerCycleThroughTablesOfRows() => Verify("""
            [ProcPart, Rows]
            public sealed partial record Leaf { [Column(0)] public required string Name { get; init; } [Column(1)] public required Root {|PG0023:Up|} { get; init; } }

            [ProcPart, KeyValue]
            public sealed partial record Branch { [Key("leaves")] public System.Collections.Generic.IReadOnlyList<Leaf>? {|PG0023:Leaves|} { get; init; } }

            [ProcFile("tree"), KeyValue]
            public sealed partial record Root { [Key("branch")] public Branch? {|PG0023:Branch|} { get; init; } }
            """,
            "'Tests.Leaf' contains itself through property 'Up' (Tests.Leaf.Up → Tests.Root.Branch → Tests.Branch.Leaves → Tests.Leaf): the parse would never end; make one of these properties a plain value",
            "'Tests.Branch' contains itself through property 'Leaves' (Tests.Branch.Leaves → Tests.Leaf.Up → Tests.Root.Branch → Tests.Branch): the parse would never end; make one of these properties a plain value",
            "'Tests.Root' contains itself through property 'Branch' (Tests.Root.Branch → Tests.Branch.Leaves → Tests.Leaf.Up → Tests.Root): the parse would never end; make one of these properties a plain value");

    [Fact]
    public void ADeclarationComposingOneWithAnError_IsNotGenerated_TheOthersStillAre()
    {
        var run = GeneratorHarness.Run(Usings + """
            [ProcPart, KeyValue]
            public sealed record Broken { [Key("a")] public ulong? A { get; init; } }

            [ProcFile("uses-broken"), KeyValue]
            public sealed partial record UsesBroken { [Key("broken")] public Broken? Part { get; init; } }

            [ProcFile("uptime"), Columnar]
            public sealed partial record Uptime { [Column(0)] public required double Seconds { get; init; } }
            """);

        Assert.Equal(new[] { "PG0001" }, run.GeneratorDiagnostics.Select(d => d.Id));
        Assert.Contains("Tests.Uptime.g.cs", run.GeneratedSources.Keys);
        Assert.DoesNotContain("Tests.UsesBroken.g.cs", run.GeneratedSources.Keys);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void DeclarationsThatClash_GenerateNothing_TheOthersStillDo()
    {
        var run = GeneratorHarness.Run(Usings + """
            [ProcFile("uptime"), Columnar] public sealed partial record Uptime { [Column(0)] public required double Seconds { get; init; } }
            [ProcFile("uptime"), Columnar] public sealed partial record UptimeAgain { [Column(0)] public required double Seconds { get; init; } }
            [ProcFile("loadavg"), Columnar] public sealed partial record Loadavg { [Column(0)] public required double One { get; init; } }
            """);

        Assert.Equal(new[] { "PG0017", "PG0017" }, run.GeneratorDiagnostics.Select(d => d.Id));
        Assert.Equal(new[] { "ProcGen.Generated.ProcCatalog.g.cs", "Tests.Loadavg.g.cs" }, run.GeneratedSources.Keys);
        Assert.DoesNotContain("Uptime", run.Source("ProcGen.Generated.ProcCatalog.g.cs"), StringComparison.Ordinal);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void BrokenAttributeUsages_AreCompileErrors_NeverAGeneratorCrash()
    {
        // Attributes that do not bind (missing or mistyped arguments) reach the generator with no arguments at all.
        var run = GeneratorHarness.Run(Usings + """
            public enum Letter { [ProcToken] Running, [ProcToken(1)] Sleeping }
            [ProcFile] public sealed partial record NoPath { [Column(0)] public required int A { get; init; } }
            [ProcFile("a"), Columnar] public sealed partial record A { [Column] public required int X { get; init; } [Column(1), Enclosed('(')] public required string Y { get; init; } }
            [ProcFile("b"), KeyValue] public sealed partial record B { [Key] public required int X { get; init; } [Key(1)] public int? Y { get; init; } }
            [ProcFile("c"), Columnar] public sealed partial record C { [Column(0)] public required Letter L { get; init; } [Rest("x")] public string? R { get; init; } }
            [ProcFile("d", Accessor = null), KeyValue(Separator = "x")] public sealed partial record D { [Key("k")] public int? K { get; init; } }
            """);

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id is "CS8785" or "CS8784");
        Assert.All(run.GeneratorDiagnostics, d => Assert.True(d.Location.IsInSource, d.ToString()));
    }

    [Fact]
    public void PragmaWarningDisable_SilencesPG0019()
    {
        var run = GeneratorHarness.Run(Usings + """
            [ProcFile("meminfo"), KeyValue]
            public sealed partial record Meminfo
            {
            #pragma warning disable PG0019 // built by hand with a default in tests
                [Key("MemTotal")] public ulong MemTotal { get; init; }
            #pragma warning restore PG0019
            }
            """);

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => !d.IsSuppressed);
    }

    [Theory]
    [InlineData(ReportDiagnostic.Error, DiagnosticSeverity.Error)]
    [InlineData(ReportDiagnostic.Info, DiagnosticSeverity.Info)]
    [InlineData(ReportDiagnostic.Suppress, null)]
    public void EditorConfigSeverity_AppliesToGeneratorDiagnostics(ReportDiagnostic configured, DiagnosticSeverity? expected)
    {
        // `dotnet_diagnostic.PG0008.severity = …` in .editorconfig reaches the compiler as a per-tree option.
        var compilation = GeneratorHarness.CreateCompilation(Usings + """
            [ProcFile("meminfo"), KeyValue]
            public sealed partial record Meminfo
            {
                [Key("MemTotal")] public ulong? MemTotal { get; init; }
                public string? Note { get; set; }
            }
            """);
        compilation = compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(new EditorConfig("PG0008", configured)));

        var run = GeneratorHarness.Run(GeneratorHarness.CreateDriver(), compilation);

        var reported = run.GeneratorDiagnostics.Where(d => !d.IsSuppressed).ToList();
        if (expected is null)
            Assert.Empty(reported);
        else
            Assert.Equal(expected, Assert.Single(reported, d => d.Id == "PG0008").Severity);
    }

    /// <summary>What an <c>.editorconfig</c> with one <c>dotnet_diagnostic.ID.severity</c> line gives the compiler.</summary>
    private sealed class EditorConfig(string id, ReportDiagnostic severity) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, System.Threading.CancellationToken cancellationToken) => GeneratedKind.NotGenerated;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, System.Threading.CancellationToken cancellationToken, out ReportDiagnostic value)
        {
            value = severity;
            return diagnosticId == id;
        }

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, System.Threading.CancellationToken cancellationToken, out ReportDiagnostic value)
        {
            value = default;
            return false;
        }
    }

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
        // A test that triggers it (named after it) and a near miss that must not.
        var tested = typeof(DiagnosticsTests).GetMethods().Select(m => m.Name[..Math.Min(6, m.Name.Length)]).ToHashSet();
        Assert.All(ids, id => Assert.Contains(id, tested));
        Assert.Equal(ids, NearMisses.Select(row => (string)row[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Descriptors_HaveStableShape()
    {
        foreach (var descriptor in typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
                     .Select(f => f.GetValue(null)).OfType<DiagnosticDescriptor>())
        {
            Assert.Matches("^PG[0-9]{4}$", descriptor.Id);
            Assert.Equal("ProcGen", descriptor.Category);
            Assert.True(descriptor.IsEnabledByDefault, descriptor.Id);
            Assert.Equal("https://github.com/procgen/procgen/blob/main/docs/diagnostics.md#" + descriptor.Id.ToLowerInvariant(), descriptor.HelpLinkUri);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture)), descriptor.Id);
        }
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
    /// diagnostics, in source order: same ID, the descriptor's severity, the marked span, the given message. An
    /// error also means no parser for the declaration.
    /// </summary>
    private static GeneratorRun Verify(string markup, params string[] messages) => VerifySource(Usings + markup, messages);

    /// <summary>As <see cref="Verify"/>, for a whole file: no standard usings, no namespace.</summary>
    private static GeneratorRun VerifySource(string markup, params string[] messages)
    {
        var (source, spans) = Markup.Parse(markup);
        Assert.Equal(spans.Count, messages.Length);
        var run = GeneratorHarness.Run(source);

        var actual = run.GeneratorDiagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.True(actual.Count == spans.Count, $"Expected {spans.Count} diagnostics, got:{GeneratorRun.Describe(actual)}");
        for (int i = 0; i < spans.Count; i++)
        {
            var expected = spans[i];
            var diagnostic = actual[i];
            var descriptor = Descriptor(expected.Id);
            Assert.Equal(expected.Id, diagnostic.Id);
            Assert.Equal(descriptor.DefaultSeverity, diagnostic.Severity);
            Assert.Equal(messages[i], diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(diagnostic.Location.IsInSource, "The location must be in source, so that #pragma applies: " + diagnostic.Location);
            Assert.Equal("Source0.cs", diagnostic.Location.SourceTree!.FilePath);
            Assert.True(expected.Span == diagnostic.Location.SourceSpan,
                $"Expected the diagnostic on '{source.Substring(expected.Span.Start, expected.Span.Length)}' {expected.Span}, "
                + $"but it is on '{source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length)}' {diagnostic.Location.SourceSpan}");
        }

        if (spans.Any(s => Descriptor(s.Id).DefaultSeverity == DiagnosticSeverity.Error))
        {
            Assert.Empty(run.GeneratedSources);
        }
        return run;
    }

    private static DiagnosticDescriptor Descriptor(string id)
        => typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetValue(null)).OfType<DiagnosticDescriptor>()
            .Single(d => d.Id == id);
}
