using System.Globalization;

namespace ProcGen.Tests.Processes;

/// <summary>
/// A <c>{pid}/stat</c> line in the kernel's format (52 fields, <c>do_task_stat</c>), for hand-made proc roots:
/// only the fields the process API reads are parameters; the rest are fixed plausible values.
/// </summary>
internal sealed record StatLine(int Pid, string Comm, char State = 'S', int ParentPid = 1)
{
    public int ProcessGroup { get; init; } = -1;
    public int Session { get; init; } = -1;
    public int TtyNumber { get; init; }
    public int ForegroundGroup { get; init; } = -1;
    public uint Flags { get; init; } = 0x400000;
    public ulong UserTicks { get; init; }
    public ulong SystemTicks { get; init; }
    public long Nice { get; init; }
    public long Threads { get; init; } = 1;
    public ulong StartTicks { get; init; } = 1000;
    public ulong VirtualBytes { get; init; } = 10_485_760;
    public long RssPages { get; init; } = 100;

    public const uint KernelThreadFlags = 0x208040;

    public override string ToString()
    {
        int pgrp = ProcessGroup < 0 ? Pid : ProcessGroup;
        int sid = Session < 0 ? Pid : Session;
        return string.Create(CultureInfo.InvariantCulture,
            $"{Pid} ({Comm}) {State} {ParentPid} {pgrp} {sid} {TtyNumber} {ForegroundGroup} {Flags} 100 0 0 0 {UserTicks} {SystemTicks} 0 0 ")
            + string.Create(CultureInfo.InvariantCulture,
                $"{20 + Nice} {Nice} {Threads} 0 {StartTicks} {VirtualBytes} {RssPages} 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n");
    }
}
