namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/io</c>: I/O counters of the process, all threads included (proc(5); <c>do_io_accounting</c> in
/// <c>fs/proc/base.c</c>; <c>CONFIG_TASK_IO_ACCOUNTING</c>). Readable only by processes that may ptrace the
/// target. All values are bytes or counts since the process started.
/// </summary>
[ProcFile("{pid}/io"), KeyValue(Separator = ':')]
public sealed partial record ProcessIo
{
    /// <summary>Bytes passed to <c>read</c>-like system calls (cache hits included), bytes.</summary>
    [Key("rchar")] public required ulong ReadChars { get; init; }

    /// <summary>Bytes passed to <c>write</c>-like system calls, bytes.</summary>
    [Key("wchar")] public required ulong WriteChars { get; init; }

    /// <summary>Read system calls.</summary>
    [Key("syscr")] public required ulong ReadSyscalls { get; init; }

    /// <summary>Write system calls.</summary>
    [Key("syscw")] public required ulong WriteSyscalls { get; init; }

    /// <summary>Bytes fetched from the storage layer, bytes.</summary>
    [Key("read_bytes")] public required ulong ReadBytes { get; init; }

    /// <summary>Bytes sent to the storage layer (at dirtying time), bytes.</summary>
    [Key("write_bytes")] public required ulong WriteBytes { get; init; }

    /// <summary>Bytes dirtied but not written after all (truncated page cache), bytes.</summary>
    [Key("cancelled_write_bytes")] public required ulong CancelledWriteBytes { get; init; }
}
