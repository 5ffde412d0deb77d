using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using ProcGen.Generator.Tests.Infrastructure;
using static ProcGen.Generator.Tests.Infrastructure.CompiledAssembly;

namespace ProcGen.Generator.Tests;

/// <summary>Every test declaration compiled once, with its generated code, into one loaded assembly.</summary>
public sealed class CompiledDeclarations : IDisposable
{
    internal CompiledAssembly Assembly { get; } = CompiledAssembly.Compile(
        Declarations.KeyValue, Declarations.KeyValueBlankSeparator, Declarations.Columnar, Declarations.Nested,
        Declarations.GlobalNamespace, Declarations.SingleValueString, Declarations.SingleValueNumber, Declarations.SingleValueBinary,
        Declarations.NulSeparatedStrings, Declarations.NulSeparatedEnvironment, Declarations.SymbolicLink,
        Declarations.Placeholders, Declarations.Rows, Declarations.HeaderTables, Declarations.RowsWithTerminator);

    public void Dispose() => Assembly.Dispose();
}

/// <summary>
/// The generated parsers run on real-shaped input: values come out right, and bad input fails with a
/// <see cref="ProcParseException"/> that points at the offending byte.
/// </summary>
public class CompileAndRunTests : IClassFixture<CompiledDeclarations>
{
    private const string Status = "Tests.ProcessStatus";
    private const string Stat = "Tests.ProcessStat";

    private const string StatusText =
        "Name:\tbash\n" +
        "Umask:\t0022\n" +
        "State:\tS (sleeping)\n" +
        "Tgid:\t42\n" +
        "Uid:\t1000\t1001\t1002\t1003\n" +
        "Groups:\t4 24 27 \n" +
        "VmRSS:\t    5120 kB\n" +
        "SigBlk:\t0000000000010000\n" +
        "Cpus_allowed_list:\t0-3,6\n" +
        "NoNewPrivs:\t1\n" +
        "Mems_allowed:\t00000000,00000001\n";

    private readonly CompiledAssembly _assembly;

    public CompileAndRunTests(CompiledDeclarations compiled) => _assembly = compiled.Assembly;

    [Fact]
    public void KeyValue_ParsesEveryValueKind()
    {
        var status = _assembly.Parse(Status, StatusText);

        Assert.Equal("bash", Get(status, "Name"));
        Assert.Equal(18u, Get(status, "Umask")); // octal 022
        Assert.Equal("Sleeping", Get(status, "State")!.ToString());
        Assert.Equal(new IdSet(1000, 1001, 1002, 1003), Get(status, "Uid"));
        Assert.Equal(new uint[] { 4, 24, 27 }, (uint[])Get(status, "Groups")!);
        Assert.Equal(5120UL * 1024, Get(status, "ResidentBytes"));
        Assert.Equal(0x10000UL, Get(status, "BlockedSignals"));
        var cpus = (RangeList)Get(status, "CpusAllowed")!;
        Assert.Equal(new[] { 0, 1, 2, 3, 6 }, cpus.Indices());
        Assert.Equal(true, Get(status, "NoNewPrivileges"));
        Assert.Equal(new[] { "00000000,00000001" }, (IEnumerable<string>)Get(status, "MemsAllowed")!);
        var other = (IReadOnlyDictionary<string, string>)Get(status, "Other")!;
        Assert.Equal(new Dictionary<string, string> { ["Tgid"] = "42" }, other);
    }

    [Fact]
    public void KeyValue_OptionalKeysAbsent_AreNull_AndUnknownTokenTakesFallback()
    {
        var status = _assembly.Parse(Status, "Name:\tx\nState:\tW (new state)\nUid:\t0 0 0 0\nGroups:\t\nSigBlk:\t0\n");

        Assert.Null(Get(status, "Umask"));
        Assert.Null(Get(status, "ResidentBytes"));
        Assert.Null(Get(status, "CpusAllowed"));
        Assert.Null(Get(status, "NoNewPrivileges"));
        Assert.Null(Get(status, "MemsAllowed"));
        Assert.Equal("Other", Get(status, "State")!.ToString());
        Assert.Empty((uint[])Get(status, "Groups")!);
        Assert.Empty((IReadOnlyDictionary<string, string>)Get(status, "Other")!);
    }

    [Fact]
    public void KeyValue_BlankSeparator_CatchAllConvertsKilobytes()
    {
        var vmstat = _assembly.Parse("Tests.VmStat", "nr_free_pages 100\nnr_zspages -3\nsome_size   4 kB\n");

        Assert.Equal(100UL, Get(vmstat, "FreePages"));
        Assert.Null(Get(vmstat, "PageFaults"));
        var other = (IReadOnlyDictionary<string, long>)Get(vmstat, "Other")!;
        Assert.Equal(new Dictionary<string, long> { ["nr_zspages"] = -3, ["some_size"] = 4096 }, other);
    }

    [Theory]
    // Octal with a 9: points at the value, after "Umask:\t".
    [InlineData("Name:\tx\nUmask:\t0029\n", 2, 8, "an octal integer (uint) for Umask (key 'Umask')")]
    // A line without the separator.
    [InlineData("Name:\tx\ngarbage\n", 2, 1, "a key followed by ':'")]
    // kB declared but missing: just after the number.
    [InlineData("VmRSS:\t5120\n", 1, 12, "a size in kB for ResidentBytes (key 'VmRSS')")]
    // Three ids where IdSet needs four.
    [InlineData("Uid:\t1 2 3\n", 1, 6, "an IdSet for Uid (key 'Uid')")]
    // A required key never seen: the error sits at the end of the content.
    [InlineData("Name:\tx\n", 2, 1, "a line for the required key 'State'")]
    public void KeyValue_Malformed_ThrowsAtOffendingByte(string content, int line, int column, string expected)
    {
        var error = _assembly.ParseFails(Status, content);

        Assert.Equal((line, column, expected), (error.Line, error.Column, error.Expected));
    }

    [Fact]
    public void Columnar_ParsesEnclosedFieldWithBracketsAndSkipsGaps()
    {
        var stat = _assembly.Parse(Stat, StatLine(53));

        Assert.Equal(42, Get(stat, "Pid"));
        Assert.Equal("a) (b", Get(stat, "Comm"));
        Assert.Equal("Sleeping", Get(stat, "State")!.ToString());
        Assert.Equal(1, Get(stat, "ParentPid"));
        Assert.Equal(9, Get(stat, "Session"));
        Assert.Equal(0x400100u, Get(stat, "Flags"));
        Assert.Equal(3, Get(stat, "ExitCode"));
        Assert.Equal(-5L, Get(stat, "Extra"));
    }

    [Theory]
    [InlineData(51, null, null)]
    [InlineData(52, 3, null)]
    public void Columnar_TrailingOptionalFieldsFromOlderKernels_AreNull(int fields, int? exitCode, long? extra)
    {
        var stat = _assembly.Parse(Stat, StatLine(fields));

        Assert.Equal(exitCode, Get(stat, "ExitCode"));
        Assert.Equal(extra, Get(stat, "Extra"));
    }

    [Theory]
    [InlineData("x1 (a) S 1 2 3\n", 1, 1, "an integer (int) for Pid (field 0)")]
    // "42 (a) (b)) " is 12 bytes: the state is byte 13. The enum has no fallback.
    [InlineData("42 (a) (b)) Q 1 2 3 4 5 6\n", 1, 13, "one of 'R', 'S', 'Z'")]
    // The line ends before ParentPid: just after its last byte.
    [InlineData("42 (a) S\n", 1, 9, "an integer (int) for ParentPid (field 3)")]
    [InlineData("", 1, 1, "a line of blank-separated fields")]
    [InlineData("\n", 1, 1, "a line of blank-separated fields")]
    public void Columnar_Malformed_ThrowsAtOffendingByte(string content, int line, int column, string expected)
    {
        var error = _assembly.ParseFails(Stat, content);

        Assert.Equal((line, column, expected), (error.Line, error.Column, error.Expected));
    }

    [Theory]
    // No ')' anywhere: reported where it was last possible, at the end of the line.
    [InlineData("42 (a S 1 2\n", 12)]
    // No '(': at the byte that should have been one.
    [InlineData("42 a) S 1 2\n", 4)]
    public void Columnar_BadEnclosedField_Throws(string content, int column)
    {
        var error = _assembly.ParseFails(Stat, content);

        Assert.Equal((1, column), (error.Line, error.Column));
        Assert.Equal("'(' … ')' around Comm (field 1)", error.Expected);
        Assert.Equal(content.TrimEnd('\n'), error.LineText);
    }

    [Fact]
    public void Nested_Columnar_ParsesDoublesAndProcValue()
    {
        var load = _assembly.Parse("Tests.Host+LoadAverage", "0.52 0.58 0.59 2/1153 12345\n");

        Assert.Equal(0.52, Get(load, "OneMinute"));
        Assert.Equal(0.59, Get(load, "FifteenMinutes"));
        Assert.Equal(new SlashPair(2, 1153), Get(load, "Scheduling"));
        Assert.Equal(12345, Get(load, "LastPid"));
    }

    [Fact]
    public void GlobalNamespace_Parses()
    {
        var uptime = _assembly.Parse("Uptime", "350735.47 234388.90\n");

        Assert.Equal(350735.47, Get(uptime, "Seconds"));
        Assert.Equal(234388.90, Get(uptime, "IdleSeconds"));
    }

    [Fact]
    public void SingleValue_String_KeepsBlanks_DropsFinalNewline()
        => Assert.Equal("  my prog ", Get(_assembly.Parse("Tests.ProcessComm", "  my prog \n"), "Value"));

    [Fact]
    public void SingleValue_Number_InRecordStruct()
    {
        var score = _assembly.Parse("Tests.OomScore", " 667\n");

        Assert.True(score.GetType().IsValueType);
        Assert.Equal(667, Get(score, "Value"));
        var error = _assembly.ParseFails("Tests.OomScore", "abc\n");
        Assert.Equal((1, 1, "an integer (int) for Value (the whole file)"), (error.Line, error.Column, error.Expected));
    }

    [Fact]
    public void SingleValue_Binary_PassesEveryByteUntrimmed()
    {
        // Blanks and newlines at both ends are data in a binary file: none may be trimmed.
        var bytes = new byte[] { (byte)' ', (byte)'\t', 0, (byte)'\n', 7, (byte)' ', (byte)'\n', (byte)'\r' };

        var auxv = _assembly.Parse("Tests.Auxv", bytes);

        Assert.Equal(bytes, (byte[])Get(Get(auxv, "Data")!, "Bytes")!);
        Assert.Null(Get(_assembly.Parse("Tests.Auxv", Array.Empty<byte>()), "Data"));
        var error = _assembly.ParseFails("Tests.Auxv", "abc");
        Assert.Equal((1, 1, "a RawBytes for Data (the whole file)"), (error.Line, error.Column, error.Expected));
    }

    [Theory]
    [InlineData("1\n", true)]
    [InlineData("0", false)]
    public void SingleValue_Boolean(string content, bool expected)
        => Assert.Equal(expected, Get(_assembly.Parse("Tests.InterfaceForwarding", content), "Enabled"));

    [Theory]
    [InlineData("a\0b c\0\0", new[] { "a", "b c", "" })]
    // A process that rewrote its argv may drop the final NUL.
    [InlineData("a\0b", new[] { "a", "b" })]
    [InlineData("", new string[0])]
    public void NulSeparated_Strings(string content, string[] expected)
        => Assert.Equal(expected, (string[])Get(_assembly.Parse("Tests.CommandLine", content), "Arguments")!);

    [Fact]
    public void NulSeparated_Environment_SplitsAtFirstEquals()
    {
        var environment = _assembly.Parse("Tests.ProcessEnvironment", "A=1\0B=x=y\0C\0");

        Assert.Equal(
            new[] { new EnvironmentVariable("A", "1"), new EnvironmentVariable("B", "x=y"), new EnvironmentVariable("C", null) },
            (IEnumerable<EnvironmentVariable>)Get(environment, "Variables")!);
    }

    [Fact]
    public void SymbolicLink_TakesTargetVerbatim()
        => Assert.Equal("/usr/bin/bash (deleted)", Get(_assembly.Parse("Tests.ProcessExecutable", "/usr/bin/bash (deleted)"), "Path"));

    [Fact]
    public void Catalog_ListsEveryDeclaration_AndParsesThroughIt()
    {
        var catalog = _assembly.Type("ProcGen.Generated.ProcCatalog");
        var files = (IReadOnlyList<ProcFileInfo>)catalog.GetProperty("Files", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

        Assert.Equal(
            files.Select(f => f.PathTemplate).Order(StringComparer.Ordinal),
            files.Select(f => f.PathTemplate));
        Assert.Equal(22, files.Count);
        // One declaration, two paths: both are listed, with the same row type.
        Assert.Equal(2, files.Count(f => f.RecordType.Name == "ProcTable`1" && f.RecordType.GetGenericArguments()[0].Name == "Device"));
        Assert.Contains(files, f => f.PathTemplate == "{pid}/devices");
        // A row declaration is listed as the table of its rows, and parses through the catalog as one.
        var locks = files.Single(f => f.PathTemplate == "locks");
        Assert.Equal((ProcFileFormat.Rows, "ProcTable`1"), (locks.Format, locks.RecordType.Name));
        Assert.Equal(2, ((System.Collections.IEnumerable)locks.Parse("1: POSIX ADVISORY WRITE 1 0:0:1 0 EOF\n2: FLOCK ADVISORY READ 2 0:0:1 0 EOF\n"u8)).Cast<object>().Count());
        var link = files.Single(f => f.PathTemplate == "{pid}/fd/{fd}");
        Assert.Equal((ProcFileFormat.SymbolicLink, ProcEntryKind.SymbolicLink), (link.Format, link.EntryKind));
        var score = files.Single(f => f.PathTemplate == "{pid}/oom_score");
        Assert.Equal(5, Get(score.Parse("5"u8), "Value"));
    }

    [Fact]
    public void Accessors_ReadThroughProcRoot_WithPlaceholderParameters()
    {
        var root = Directory.CreateTempSubdirectory("procgen-generator-tests-");
        try
        {
            File.WriteAllText(Path.Combine(root.FullName, "uptime"), "5.5 1.5\n");
            Directory.CreateDirectory(Path.Combine(root.FullName, "42", "fd"));
            File.CreateSymbolicLink(Path.Combine(root.FullName, "42", "fd", "3"), "/dev/pts/0");
            Directory.CreateDirectory(Path.Combine(root.FullName, "sys/net/ipv4/conf/eth0"));
            File.WriteAllText(Path.Combine(root.FullName, "sys/net/ipv4/conf/eth0/forwarding"), "1\n");
            var fs = new ProcFs(root.FullName);

            var uptime = _assembly.Invoke("ProcFileAccessors", "Uptime", fs)!;
            var target = _assembly.Invoke("Tests.ProcFileAccessors", "FileDescriptorTarget", fs.Process(42), 3)!;
            var forwarding = _assembly.Invoke("Tests.ProcFileAccessors", "Forwarding", fs, "eth0")!;
            var absent = _assembly.Invoke("Tests.ProcFileAccessors", "TryReadFileDescriptorTarget", fs.Process(42), 4)!;

            Assert.Equal(5.5, Get(uptime, "Seconds"));
            Assert.Equal("/dev/pts/0", Get(target, "Target"));
            Assert.Equal(true, Get(forwarding, "Enabled"));
            Assert.NotEqual(ProcReadStatus.Ok, Get(absent, "Status"));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public void Accessor_OfInternalDeclaration_IsInternal()
    {
        var accessor = _assembly.Type("ProcFileAccessors").GetMethod("Uptime", BindingFlags.NonPublic | BindingFlags.Static);

        Assert.NotNull(accessor);
        Assert.True(accessor.IsAssembly);
    }

    /// <summary>A <c>{pid}/stat</c> line with <paramref name="fields"/> fields; comm contains both brackets and a blank.</summary>
    private static string StatLine(int fields)
    {
        var values = new List<string> { "42", "(a) (b)", "S", "1", "7", "9", "0", "-1", "400100" };
        while (values.Count < fields)
            values.Add(values.Count switch { 51 => "3", 52 => "-5", _ => "0" });
        return string.Join(' ', values.Take(fields)) + "\n";
    }

    [Fact]
    public void Rows_Sections_GiveEachRowItsTitle()
    {
        var rows = _assembly.ParseRows("Tests.Device", "Character devices:\n  1 mem\n  4 /dev/vc/0\n\nBlock devices:\n  8 sd\n259 blkext\n");

        Assert.Equal(4, rows.Length);
        Assert.Equal(("Character devices", 1, "mem"), ((string)Get(rows[0], "Kind")!, (int)Get(rows[0], "Major")!, (string)Get(rows[0], "Name")!));
        Assert.Equal("/dev/vc/0", Get(rows[1], "Name"));
        Assert.Equal(("Block devices", 259, "blkext"), ((string)Get(rows[3], "Kind")!, (int)Get(rows[3], "Major")!, (string)Get(rows[3], "Name")!));
    }

    [Fact]
    public void SeveralPaths_EachGetsItsAccessor()
    {
        var accessors = _assembly.Type("Tests.ProcFileAccessors");
        Assert.Equal(typeof(ProcFs), accessors.GetMethod("Devices")!.GetParameters()[0].ParameterType);
        Assert.Equal(typeof(ProcessDirectory), accessors.GetMethod("ProcessDevices")!.GetParameters()[0].ParameterType);
        Assert.NotNull(accessors.GetMethod("EnumerateProcessDevices"));
        Assert.Equal("devices", _assembly.Type("Tests.Device").GetProperty("PathTemplate")!.GetValue(null));
    }

    [Fact]
    public void Rows_BeforeTheFirstSection_IsAnError()
        => Assert.Contains("section title", _assembly.ParseFailsRows("Tests.Device", "  1 mem\n").Expected);

    [Fact]
    public void Rows_OptionalTokenShiftsTheColumnsAfterIt_AndNullTokens()
    {
        var rows = _assembly.ParseRows("Tests.FileLock",
            "1: POSIX  ADVISORY  WRITE 3311 08:02:1234 0 EOF\n" +
            "1: -> POSIX  ADVISORY  WRITE - 08:02:1234 0 100\n" +
            "22: FLOCK  ADVISORY  READ  77 fd:1f:99 0 EOF\n");
        Assert.Equal((22, (int?)77), ((int)Get(rows[2], "Id")!, (int?)Get(rows[2], "Pid")));

        Assert.Equal((1, false, "POSIX", (int?)3311, (ulong?)null), ((int)Get(rows[0], "Id")!, (bool)Get(rows[0], "IsWaiter")!, (string)Get(rows[0], "Class")!, (int?)Get(rows[0], "Pid"), (ulong?)Get(rows[0], "End")));
        Assert.Equal((1, true, "POSIX", (int?)null, (ulong?)100), ((int)Get(rows[1], "Id")!, (bool)Get(rows[1], "IsWaiter")!, (string)Get(rows[1], "Class")!, (int?)Get(rows[1], "Pid"), (ulong?)Get(rows[1], "End")));
    }

    [Theory]
    [InlineData("1 POSIX ADVISORY WRITE 3311 08:02:1234 0 EOF\n", 1, "ending with ':'")]
    [InlineData("1: POSIX ADVISORY WRITE 3311 08:02:1234 0 EOM\n", 43, "End")]
    [InlineData("1: POSIX ADVISORY WRITE x 08:02:1234 0 EOF\n", 25, "Pid")]
    public void Rows_Malformed_ThrowsAtOffendingField(string content, int column, string expected)
    {
        var error = _assembly.ParseFailsRows("Tests.FileLock", content);
        Assert.Equal((1, column), (error.Line, error.Column));
        Assert.Contains(expected, error.Expected);
    }

    [Fact]
    public void Rows_IndentationAndRestFromAColumn()
    {
        var rows = _assembly.ParseRows("Tests.Resource", "00000000-00000fff : Reserved\n00100000-bffdffff : System RAM\n  01000000-01ffffff : Kernel code\n");

        Assert.Equal((0, "Reserved"), ((int)Get(rows[0], "Depth")!, (string)Get(rows[0], "Name")!));
        Assert.Equal((2, "Kernel code"), ((int)Get(rows[2], "Depth")!, (string)Get(rows[2], "Name")!));
        Assert.Equal(new AddressRange(0x100000, 0xbffdffff), Get(rows[1], "Range"));
    }

    [Fact]
    public void Rows_DeclaredSeparatorKeepsEmptyFields_AndSkipLines()
    {
        var rows = _assembly.ParseRows("Tests.Cgroup", "a title line\n0::/\n4:memory,cpu:/a:b\n");

        Assert.Equal(2, rows.Length);
        Assert.Equal((0, "", "/"), ((int)Get(rows[0], "Id")!, (string)Get(rows[0], "Controllers")!, (string)Get(rows[0], "Path")!));
        Assert.Equal("/a:b", Get(rows[1], "Path"));
    }

    [Fact]
    public void HeaderTable_BindsByName_InAnyOrderTheKernelPrints()
    {
        const string v21 = "slabinfo - version: 2.1\n# name <active_objs> <num_objs> <objsize> : tunables <limit>\nkmalloc-8 10 20 8 : tunables 0\n";
        const string reordered = "slabinfo - version: 9.9\n# name <objsize> <num_objs> <new_column>\nkmalloc-8 8 20 5\n";

        var old = Assert.Single(_assembly.ParseRows("Tests.Slab", v21));
        var newer = Assert.Single(_assembly.ParseRows("Tests.Slab", reordered));

        Assert.Equal(("kmalloc-8", 20UL, 8u, (ulong?)null), ((string)Get(old, "Name")!, (ulong)Get(old, "Objects")!, (uint)Get(old, "ObjectSize")!, (ulong?)Get(old, "NewColumn")));
        Assert.Equal(("kmalloc-8", 20UL, 8u, (ulong?)5), ((string)Get(newer, "Name")!, (ulong)Get(newer, "Objects")!, (uint)Get(newer, "ObjectSize")!, (ulong?)Get(newer, "NewColumn")));
    }

    [Fact]
    public void HeaderTable_MissingRequiredColumn_IsAnErrorAtTheHeader()
    {
        var error = _assembly.ParseFailsRows("Tests.Slab", "slabinfo - version: 2.1\n# name <active_objs> <num_objs>\nx 1 2\n");
        Assert.Equal((2, 1), (error.Line, error.Column));
        Assert.Contains("'<objsize>'", error.Expected);
    }

    [Fact]
    public void HeaderTable_RowShorterThanHeader_NamesTheMissingColumn()
    {
        var error = _assembly.ParseFailsRows("Tests.Slab", "slabinfo - version: 2.1\n# name <active_objs> <num_objs> <objsize>\nx 1 2\n");
        Assert.Equal(3, error.Line);
        Assert.Contains("ObjectSize", error.Expected);
    }

    [Fact]
    public void HeaderTable_Aligned_CutsUnderTheNames()
    {
        var rows = _assembly.ParseRows("Tests.Limit",
            "Limit                     Soft Limit           Hard Limit           Units     \n" +
            "Max open files            1024                 4096                 files     \n" +
            "Max nice priority         unlimited            0                    \n");

        Assert.Equal(("Max open files", (ulong?)1024, "files"), ((string)Get(rows[0], "Name")!, (ulong?)Get(rows[0], "Soft"), (string?)Get(rows[0], "Units")));
        Assert.Equal(("Max nice priority", (ulong?)null, (string?)null), ((string)Get(rows[1], "Name")!, (ulong?)Get(rows[1], "Soft"), (string?)Get(rows[1], "Units")));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(64)]
    public void HeaderTable_HeaderColumns_OneValuePerCpu(int cpus)
    {
        var header = string.Concat(Enumerable.Range(0, cpus).Select(c => $"       CPU{c}"));
        var counts = string.Concat(Enumerable.Range(0, cpus).Select(c => $" {c * 3,10}"));
        var rows = _assembly.ParseRows("Tests.Softirq", header + "\n          HI:" + counts + "\n   NET_RX:" + counts + "   driver text\n");

        Assert.Equal(Enumerable.Range(0, cpus).Select(c => (ulong)(c * 3)), (ulong[])Get(rows[0], "PerCpu")!);
        Assert.Null(Get(rows[0], "Description"));
        Assert.Equal("driver text", Get(rows[1], "Description"));
    }

    [Fact]
    public void HeaderTable_RowWithFewerValuesThanCpus_KeepsWhatIsThere()
    {
        var row = Assert.Single(_assembly.ParseRows("Tests.Softirq", "  CPU0  CPU1  CPU2\nERR: 7\n"));
        Assert.Equal(new ulong[] { 7 }, (ulong[])Get(row, "PerCpu")!);
    }

    [Fact]
    public void Rows_TerminatedArray_TakesZeroOrMoreFields()
    {
        var rows = _assembly.ParseRows("Tests.Mount",
            "21 26 0:20 / /a\\040b rw - proc proc rw\n" +
            "22 26 0:21 / /sys rw shared:7 master:1 - sysfs sysfs rw\n");

        Assert.Empty((string[])Get(rows[0], "Optional")!);
        Assert.Equal("/a b", Get(rows[0], "MountPoint"));
        Assert.Equal(new[] { "shared:7", "master:1" }, (string[])Get(rows[1], "Optional")!);
        Assert.Equal("sysfs", Get(rows[1], "Type"));
    }
}
