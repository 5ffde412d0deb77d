using ProcGen;

namespace BrokenDeclaration;

// error PG0001: not partial, so the generator cannot add the parser. Only this declaration is affected.
[ProcFile("loadavg"), Columnar]
public sealed record Loadavg
{
    [Column(0)] public required double OneMinute { get; init; }
}

[ProcFile("meminfo"), KeyValue]
public sealed partial record Meminfo
{
    [Key("MemTotal"), Kilobytes] public required ulong MemTotal { get; init; }

    // warning PG0008: no [Key], so it is never parsed.
    public ulong MemFree { get; init; }

#pragma warning disable PG0008 // not a field of the file: silenced here, so no warning
    public string? Note { get; init; }
#pragma warning restore PG0008

    // PG0020 (required, but nullable and so optional): set to none in .editorconfig, so no warning.
    [Key("HugePages_Total")] public required ulong? HugePagesTotal { get; init; }
}

public static class Usage
{
    // The declaration without errors still gets its parser and accessor.
    public static ulong Total() => ProcFs.Default.Meminfo().MemTotal;
}
