namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/[pid]/maps</c>: a mapped memory region (proc(5); <c>show_map_vma</c> in
/// <c>fs/proc/task_mmu.c</c>). Read with <c>process.Maps()</c>, or row by row with <c>process.EnumerateMaps()</c>.
/// </summary>
/// <remarks>
/// The path is everything after the inode, so it keeps its spaces; the kernel appends <c> (deleted)</c> to a file
/// that was unlinked, and names special regions <c>[heap]</c>, <c>[stack]</c>, <c>[vdso]</c>,
/// <c>[anon:name]</c>. Anonymous mappings have no path. Unlike <c>mounts</c>, <c>maps</c> escapes only newlines in
/// paths (<c>seq_file_path(m, file, "\n")</c> prints <c>\012</c>); other bytes are as in the file name.
/// </remarks>
[ProcFile("{pid}/maps", Accessor = "Maps"), Rows]
public sealed partial record MemoryMapping
{
    /// <summary>Start and end (exclusive) of the region.</summary>
    [Column(0)] public required AddressRange Address { get; init; }

    /// <summary>Read, write, execute, shared or private.</summary>
    [Column(1)] public required MappingPermissions Permissions { get; init; }

    /// <summary>Offset into the file (or, for anonymous memory, the page offset of the start).</summary>
    [Column(2), Hex] public required ulong Offset { get; init; }

    /// <summary>Device of the mapped file, <c>major:minor</c> in hexadecimal; <c>00:00</c> for anonymous memory.</summary>
    [Column(3), Hex] public required DeviceNumber Device { get; init; }

    /// <summary>Inode of the mapped file; 0 for anonymous memory.</summary>
    [Column(4)] public required ulong Inode { get; init; }

    /// <summary>The file, pseudo-path (<c>[heap]</c>) or <c>null</c> for anonymous memory; may end in <c> (deleted)</c>.</summary>
    [Rest, Escaped] public string? Path { get; init; }

    /// <summary>Whether the mapped file was deleted after it was mapped.</summary>
    public bool IsDeleted => Path is not null && Path.EndsWith(" (deleted)", System.StringComparison.Ordinal);
}
