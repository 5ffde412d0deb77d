using System.Runtime.CompilerServices;
using ProcGen.Generator.Tests.Infrastructure;

namespace ProcGen.Generator.Tests;

/// <summary>
/// The exact code emitted for each format class and declaration shape. A change here is a change to every
/// consumer's generated code: review the diff in <c>Snapshots/</c> like hand-written code.
/// </summary>
public class SnapshotTests
{
    [Fact]
    public void KeyValue_AllValueKinds() => Verify(Declarations.KeyValue, "Tests.ProcessStatus.g.cs");

    [Fact]
    public void KeyValue_BlankSeparator() => Verify(Declarations.KeyValueBlankSeparator, "Tests.VmStat.g.cs");

    [Fact]
    public void Columnar_EnclosedGapsAndOptionalTrailing() => Verify(Declarations.Columnar, "Tests.ProcessStat.g.cs");

    [Fact]
    public void SingleValue_String() => Verify(Declarations.SingleValueString, "Tests.ProcessComm.g.cs");

    [Fact]
    public void SingleValue_NumberInRecordStruct() => Verify(Declarations.SingleValueNumber, "Tests.OomScore.g.cs");

    [Fact]
    public void NulSeparated_Strings() => Verify(Declarations.NulSeparatedStrings, "Tests.CommandLine.g.cs");

    [Fact]
    public void NulSeparated_Environment() => Verify(Declarations.NulSeparatedEnvironment, "Tests.ProcessEnvironment.g.cs");

    [Fact]
    public void SymbolicLink() => Verify(Declarations.SymbolicLink, "Tests.ProcessExecutable.g.cs");

    [Fact]
    public void Rows_SectionsSuffixOptionalTokenAndRest()
    {
        var run = GeneratorHarness.Run(Declarations.Rows).AssertClean();
        foreach (var type in new[] { "Device", "FileLock", "Resource", "Cgroup" })
            Snapshot.Match(run.Source("Tests." + type + ".g.cs"), Name("Tests." + type + ".g"));
    }

    [Fact]
    public void HeaderTables_ByNameAlignedAndPerCpu()
    {
        var run = GeneratorHarness.Run(Declarations.HeaderTables).AssertClean();
        foreach (var type in new[] { "Slab", "Limit", "Softirq" })
            Snapshot.Match(run.Source("Tests." + type + ".g.cs"), Name("Tests." + type + ".g"));
    }

    [Fact]
    public void Rows_TerminatedArrayAndEscapes() => Verify(Declarations.RowsWithTerminator, "Tests.Mount.g.cs");

    [Fact]
    public void PairedLines_PrefixedKeys() => Verify(Declarations.PairedLines, "Tests.Snmp.g.cs");

    [Fact]
    public void Composed_BlocksPartsIndentedRowsAndIndexedKeys()
    {
        var run = GeneratorHarness.Run(Declarations.Composed).AssertClean();
        foreach (var type in new[] { "MountStats", "MountHeader", "MountOperation", "KernelStat", "RawBlock", "FdInfo", "Timer" })
            Snapshot.Match(run.Source("Tests." + type + ".g.cs"), Name("Tests." + type + ".g"));
    }

    [Fact]
    public void NestedInPartialClass() => Verify(Declarations.Nested, "Tests.Host.LoadAverage.g.cs");

    [Fact]
    public void GlobalNamespace_Internal() => Verify(Declarations.GlobalNamespace, "Uptime.g.cs");

    [Fact]
    public void Placeholders_BecomeAccessorParameters()
    {
        var run = GeneratorHarness.Run(Declarations.Placeholders).AssertClean();
        Snapshot.Match(run.Source("Tests.FileDescriptorTarget.g.cs"), Name("Tests.FileDescriptorTarget.g"));
        Snapshot.Match(run.Source("Tests.InterfaceForwarding.g.cs"), Name("Tests.InterfaceForwarding.g"));
    }

    [Fact]
    public void Catalog_SortedByPathAcrossNamespaces()
    {
        var run = GeneratorHarness.Run(Declarations.KeyValue, Declarations.Columnar, Declarations.GlobalNamespace, Declarations.Nested, Declarations.SymbolicLink)
            .AssertClean();
        Snapshot.Match(run.Source("ProcGen.Generated.ProcCatalog.g.cs"), Name("ProcCatalog.g"));
    }

    [Fact]
    public void Snapshot_ScrubsVersionAndLineEndings()
    {
        // The helper itself: a version bump or a CRLF checkout must not fail every snapshot.
        var text = $"[GeneratedCode(\"ProcGen.Generator\", \"{ProcFileGenerator.Version}\")]\r\nx\r\n";
        Assert.Equal("[GeneratedCode(\"ProcGen.Generator\", \"<version>\")]\nx\n", Snapshot.Scrub(text));
    }

    [Fact]
    public void Snapshot_DiffNamesFirstDifferingLine()
    {
        var diff = Snapshot.Diff("a\nb\nc", "a\nB\nc");
        Assert.Contains("line 2:\n  expected: b\n  actual:   B", diff);
        Assert.DoesNotContain("line 1:", diff);
    }

    private static void Verify(string source, string hintName, [CallerMemberName] string test = "")
    {
        var run = GeneratorHarness.Run(source).AssertClean();
        Snapshot.Match(run.Source(hintName), test + "." + hintName[..^".cs".Length]);
    }

    private static string Name(string hint, [CallerMemberName] string test = "") => test + "." + hint;
}
