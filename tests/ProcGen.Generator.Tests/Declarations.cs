namespace ProcGen.Generator.Tests;

/// <summary>
/// Declarations shared by the snapshot and compile-and-run tests, one per format class and shape, so that the
/// code a snapshot shows is the code the run tests execute.
/// </summary>
internal static class Declarations
{
    /// <summary>Key-value with every kind of value: text, octal, enum on the first token, IdSet, arrays, kB, hex, catch-all.</summary>
    public const string KeyValue = """
        using System.Collections.Generic;
        using ProcGen;

        namespace Tests;

        [ProcFile("{pid}/status"), KeyValue]
        public sealed partial record ProcessStatus
        {
            [Key("Name")] public required string Name { get; init; }
            [Key("Umask"), Octal] public uint? Umask { get; init; }
            [Key("State")] public required TaskState State { get; init; }
            [Key("Uid")] public required IdSet Uid { get; init; }
            [Key("Groups")] public required uint[] Groups { get; init; }
            [Key("VmRSS"), Kilobytes] public ulong? ResidentBytes { get; init; }
            [Key("SigBlk"), Hex] public required ulong BlockedSignals { get; init; }
            [Key("Cpus_allowed_list")] public RangeList? CpusAllowed { get; init; }
            [Key("NoNewPrivs")] public bool? NoNewPrivileges { get; init; }
            [Key("Mems_allowed")] public IReadOnlyList<string>? MemsAllowed { get; init; }
            [OtherKeys] public required IReadOnlyDictionary<string, string> Other { get; init; }
        }

        public enum TaskState
        {
            [ProcToken("R")] Running,
            [ProcToken("S")] Sleeping,
            [ProcFallback] Other,
        }
        """;

    /// <summary><c>vmstat</c>: blank-separated keys and a numeric catch-all.</summary>
    public const string KeyValueBlankSeparator = """
        using System.Collections.Generic;
        using ProcGen;

        namespace Tests;

        [ProcFile("vmstat"), KeyValue(Separator = ' ')]
        public sealed partial record VmStat
        {
            [Key("nr_free_pages")] public required ulong FreePages { get; init; }
            [Key("pgfault")] public ulong? PageFaults { get; init; }
            [OtherKeys] public required IReadOnlyDictionary<string, long> Other { get; init; }
        }
        """;

    /// <summary>Columnar: an enclosed field, gaps of one and many fields, an enum without fallback, optional trailing fields.</summary>
    public const string Columnar = """
        using ProcGen;

        namespace Tests;

        [ProcFile("{pid}/stat"), Columnar]
        public sealed partial record ProcessStat
        {
            [Column(0)] public required int Pid { get; init; }
            [Column(1), Enclosed('(', ')')] public required string Comm { get; init; }
            [Column(2)] public required RunState State { get; init; }
            [Column(3)] public required int ParentPid { get; init; }
            [Column(5)] public required int Session { get; init; }
            [Column(8), Hex] public required uint Flags { get; init; }
            [Column(51)] public int? ExitCode { get; init; }
            [Column(52)] public long? Extra { get; init; }
        }

        public enum RunState
        {
            [ProcToken("R")] Running = 'R',
            [ProcToken("S")] Sleeping = 'S',
            [ProcToken("Z")] Zombie = 'Z',
        }
        """;

    /// <summary>Columnar with doubles and an <c>IProcValue</c>, nested in a partial class.</summary>
    public const string Nested = """
        using ProcGen;

        namespace Tests;

        public static partial class Host
        {
            [ProcFile("loadavg"), Columnar]
            public sealed partial record LoadAverage
            {
                [Column(0)] public required double OneMinute { get; init; }
                [Column(1)] public required double FiveMinutes { get; init; }
                [Column(2)] public required double FifteenMinutes { get; init; }
                [Column(3)] public required SlashPair Scheduling { get; init; }
                [Column(4)] public required int LastPid { get; init; }
            }
        }
        """;

    /// <summary>No namespace, and internal: the accessor must be internal too.</summary>
    public const string GlobalNamespace = """
        using ProcGen;

        [ProcFile("uptime"), Columnar]
        internal sealed partial record Uptime
        {
            [Column(0)] public required double Seconds { get; init; }
            [Column(1)] public required double IdleSeconds { get; init; }
        }
        """;

    public const string SingleValueString = """
        using ProcGen;

        namespace Tests;

        [ProcFile("{pid}/comm"), SingleValue]
        public sealed partial record ProcessComm
        {
            public required string Value { get; init; }
        }
        """;

    /// <summary>A record struct: the parser must work for value types too.</summary>
    public const string SingleValueNumber = """
        using ProcGen;

        namespace Tests;

        [ProcFile("{pid}/oom_score"), SingleValue]
        public partial record struct OomScore
        {
            public int Value { get; init; }
        }
        """;

    /// <summary>A binary single value: the value type receives the bytes untrimmed.</summary>
    public const string SingleValueBinary = """
        using System;
        using ProcGen;

        namespace Tests;

        public sealed class RawBytes : IProcValue<RawBytes>
        {
            public byte[] Bytes { get; private init; } = Array.Empty<byte>();

            public static bool TryParse(ReadOnlySpan<byte> utf8, out RawBytes value)
            {
                value = new RawBytes { Bytes = utf8.ToArray() };
                return utf8.Length % 2 == 0;
            }
        }

        [ProcFile("{pid}/auxv"), SingleValue(Binary = true)]
        public sealed partial record Auxv
        {
            public RawBytes? Data { get; init; }
        }
        """;

    public const string NulSeparatedStrings = """
        using ProcGen;

        namespace Tests;

        [ProcFile("{pid}/cmdline"), NulSeparated]
        public sealed partial record CommandLine
        {
            public required string[] Arguments { get; init; }
        }
        """;

    public const string NulSeparatedEnvironment = """
        using System.Collections.Generic;
        using ProcGen;

        namespace Tests;

        [ProcFile("{pid}/environ"), NulSeparated]
        public sealed partial record ProcessEnvironment
        {
            public required IReadOnlyList<EnvironmentVariable> Variables { get; init; }
        }
        """;

    public const string SymbolicLink = """
        using ProcGen;

        namespace Tests;

        [ProcFile("{pid}/exe"), SymbolicLink]
        public sealed partial record ProcessExecutable
        {
            public required string Path { get; init; }
        }
        """;

    /// <summary>A placeholder after <c>{pid}</c> becomes an accessor parameter.</summary>
    public const string Placeholders = """
        using ProcGen;

        namespace Tests;

        [ProcFile("{pid}/fd/{fd}"), SymbolicLink]
        public sealed partial record FileDescriptorTarget
        {
            public required string Target { get; init; }
        }

        [ProcFile("sys/net/ipv4/conf/{device}/forwarding", Accessor = "Forwarding"), SingleValue]
        public sealed partial record InterfaceForwarding
        {
            public required bool Enabled { get; init; }
        }
        """;

    /// <summary>Rows with sections, a suffix, an optional token, null tokens, hex and a rest of the line.</summary>
    public const string Rows = """
        using ProcGen;

        namespace Tests;

        [ProcFile("devices", Accessor = "Devices"), ProcFile("{pid}/devices", Accessor = "ProcessDevices"), Rows(Sections = true)]
        public sealed partial record Device
        {
            [Section] public required string Kind { get; init; }
            [Column(0)] public required int Major { get; init; }
            [Rest] public required string Name { get; init; }
        }

        [ProcFile("locks", Accessor = "Locks"), Rows]
        public readonly partial record struct FileLock
        {
            [Column(0), Suffix(":")] public required int Id { get; init; }
            [Column(1), OptionalToken("->")] public required bool IsWaiter { get; init; }
            [Column(2)] public required string Class { get; init; }
            [Column(5), NullIf("-")] public int? Pid { get; init; }
            [Column(8), NullIf("EOF")] public ulong? End { get; init; }
        }

        [ProcFile("iomem", Accessor = "MemoryResources"), Rows]
        public sealed partial record Resource
        {
            [Indentation] public required int Depth { get; init; }
            [Column(0)] public required AddressRange Range { get; init; }
            [Rest(2)] public required string Name { get; init; }
        }

        [ProcFile("{pid}/cgroup", Accessor = "Cgroups"), Rows(Separator = ':', SkipLines = 1)]
        public sealed partial record Cgroup
        {
            [Column(0)] public required int Id { get; init; }
            [Column(1)] public required string Controllers { get; init; }
            [Rest] public required string Path { get; init; }
        }
        """;

    /// <summary>Header tables: by header name after a title line, aligned with spaces in names, and per-CPU columns.</summary>
    public const string HeaderTables = """
        using ProcGen;

        namespace Tests;

        [ProcFile("slabinfo", Accessor = "Slabs"), HeaderTable(HeaderLine = 1)]
        public sealed partial record Slab
        {
            [Column(0)] public required string Name { get; init; }
            [Column("<num_objs>")] public required ulong Objects { get; init; }
            [Column("<objsize>")] public required uint ObjectSize { get; init; }
            [Column("<new_column>")] public ulong? NewColumn { get; init; }
        }

        [ProcFile("{pid}/limits", Accessor = "Limits"), HeaderTable(Aligned = true)]
        public sealed partial record Limit
        {
            [Column("Limit")] public required string Name { get; init; }
            [Column("Soft Limit"), NullIf("unlimited")] public ulong? Soft { get; init; }
            [Column("Units")] public string? Units { get; init; }
        }

        [ProcFile("softirqs", Accessor = "Softirqs"), HeaderTable]
        public sealed partial record Softirq
        {
            [Column(0), Suffix(":")] public required string Name { get; init; }
            [Column(1), HeaderColumns] public required ulong[] PerCpu { get; init; }
            [Rest] public string? Description { get; init; }
        }
        """;

    /// <summary>mountinfo: a variable middle ended by a token, escaped paths.</summary>
    public const string RowsWithTerminator = """
        using ProcGen;

        namespace Tests;

        [ProcFile("{pid}/mountinfo", Accessor = "MountInfo"), Rows]
        public sealed partial record Mount
        {
            [Column(0)] public required int Id { get; init; }
            [Column(4), Escaped] public required string MountPoint { get; init; }
            [Column(6), TerminatedBy("-")] public required string[] Optional { get; init; }
            [Column(7)] public required string Type { get; init; }
            [Column(8), Escaped] public string? Source { get; init; }
        }
        """;

    /// <summary>net/snmp: pairs of name and value lines, counters bound as Prefix.Name keys.</summary>
    public const string PairedLines = """
        using System.Collections.Generic;
        using ProcGen;

        namespace Tests;

        [ProcFile("net/snmp", Accessor = "Snmp"), PairedLines]
        public sealed partial record Snmp
        {
            [Key("Tcp.ActiveOpens")] public required ulong ActiveOpens { get; init; }
            [Key("Tcp.MaxConn")] public required int MaxConnections { get; init; }
            [Key("Udp.MemErrors")] public ulong? UdpMemoryErrors { get; init; }
            [OtherKeys] public required IReadOnlyDictionary<string, long> Counters { get; init; }
        }
        """;

    /// <summary>
    /// Composition: blocks headed by a columnar part with key-value bodies, a part parsed from a key's value, a rows
    /// part from the lines indented under a title, numbered keys, and blank-line blocks with spaced keys.
    /// </summary>
    public const string Composed = """
        using System.Collections.Generic;
        using ProcGen;

        namespace Tests;

        [ProcPart, Columnar]
        public sealed partial record MountHeader
        {
            [Column(1)] public required string Device { get; init; }
            [Column(4), Escaped] public required string MountPoint { get; init; }
            [Column(7)] public required string FileSystem { get; init; }
            [Column(8), Prefix("statvers=")] public string? StatsVersion { get; init; }
        }

        [ProcPart, Columnar]
        public sealed partial record MountEvents
        {
            [Column(0)] public required ulong Opens { get; init; }
            [Column(1)] public required ulong Closes { get; init; }
        }

        [ProcPart, Rows]
        public sealed partial record MountOperation
        {
            [Column(0), Suffix(":")] public required string Name { get; init; }
            [Column(1)] public required ulong Count { get; init; }
            [Column(2)] public ulong? Errors { get; init; }
        }

        [ProcFile("mountstats"), Blocks(Start = BlockStart.UnindentedLine, HeaderPrefix = "device ")]
        public sealed partial record MountStats
        {
            [HeaderLine] public required MountHeader Mount { get; init; }
            [Key("age")] public ulong? Age { get; init; }
            [Key("events")] public MountEvents? Events { get; init; }
            [Key("per-op statistics")] public IReadOnlyList<MountOperation>? Operations { get; init; }
            [OtherKeys] public required IReadOnlyDictionary<string, string> Other { get; init; }
        }

        [ProcPart, Columnar]
        public sealed partial record CpuTicks
        {
            [Column(0)] public required ulong User { get; init; }
            [Column(1)] public required ulong Nice { get; init; }
            [Column(7)] public ulong? Steal { get; init; }
        }

        [ProcFile("stat"), KeyValue(Separator = ' ')]
        public sealed partial record KernelStat
        {
            [Key("cpu")] public required CpuTicks Total { get; init; }
            [IndexedKey("cpu")] public required IReadOnlyDictionary<int, CpuTicks> Cpus { get; init; }
            [Key("btime")] public required long BootTime { get; init; }
        }

        [ProcFile("cpuinfo"), Blocks]
        public sealed partial record Processor
        {
            [Key("processor")] public required int Number { get; init; }
            [Key("model name")] public string? ModelName { get; init; }
            [Key("flags")] public IReadOnlyList<string>? Flags { get; init; }
            [Key("power management")] public string? PowerManagement { get; init; }
        }

        [ProcFile("smaps"), Blocks(Start = BlockStart.UnkeyedLine)]
        public sealed partial record MappingUsage
        {
            [HeaderLine] public required string Mapping { get; init; }
            [Key("Rss"), Kilobytes] public required ulong Rss { get; init; }
        }

        [ProcFile("md"), Blocks(Start = BlockStart.UnindentedLine)]
        public sealed partial record RawBlock
        {
            [HeaderLine] public required string Title { get; init; }
            [Rest] public required string Body { get; init; }
        }

        [ProcPart, Rows]
        public sealed partial record Member
        {
            [Column(1)] public required string Name { get; init; }
            [Column(2)] public required int Weight { get; init; }
        }

        [ProcFile("groups"), Blocks(Start = BlockStart.UnindentedLine, SkipLines = 2)]
        public sealed partial record Group
        {
            [HeaderLine] public required string Title { get; init; }
            [Rest] public required IReadOnlyList<Member> Members { get; init; }
        }

        [ProcPart, Columnar]
        public sealed partial record WatchTarget
        {
            [Column(0)] public required int Fd { get; init; }
            [Column(2), Hex] public required uint Events { get; init; }
        }

        [ProcFile("fdinfo"), KeyValue]
        public sealed partial record FdInfo
        {
            [Key("pos")] public required long Position { get; init; }
            [RepeatedKey("tfd")] public required IReadOnlyList<WatchTarget> Targets { get; init; }
            [RepeatedKey("lock")] public required IReadOnlyList<string> Locks { get; init; }
        }

        [ProcFile("timers"), Blocks(Start = BlockStart.RepeatedFirstKey)]
        public sealed partial record Timer
        {
            [Key("ID")] public required int Id { get; init; }
            [Key("clock")] public int? Clock { get; init; }
            [RepeatedKey("note")] public required IReadOnlyList<int> Notes { get; init; }
        }

        public enum Switch { [ProcToken("enabled")] On, [ProcToken("disabled")] Off }

        [ProcFile("entry"), KeyValue(Separator = ' ')]
        public sealed partial record Entry
        {
            [HeaderLine] public required Switch State { get; init; }
            [Key("interpreter")] public required string Interpreter { get; init; }
            [Key("offset")] public int? Offset { get; init; }
        }
        """;
}
