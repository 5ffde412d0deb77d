namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/statm</c>: memory usage in pages (proc(5); <c>proc_pid_statm</c> in <c>fs/proc/array.c</c>,
/// values from <c>task_statm</c> in <c>fs/proc/task_mmu.c</c>). All zero for kernel threads. Multiply by
/// <see cref="HostInfo.PageSize"/> for bytes, or use the <c>…Bytes</c> helpers.
/// </summary>
[ProcFile("{pid}/statm"), Columnar]
public sealed partial record ProcessStatm
{
    /// <summary>(1) size: total program size (same as <c>VmSize</c> in status), pages.</summary>
    [Column(0)] public required ulong Size { get; init; }

    /// <summary>(2) resident: resident set size (same as <c>VmRSS</c>), pages.</summary>
    [Column(1)] public required ulong Resident { get; init; }

    /// <summary>(3) shared: resident shared pages, i.e. file-backed plus shmem (<c>RssFile</c> + <c>RssShmem</c>).</summary>
    [Column(2)] public required ulong Shared { get; init; }

    /// <summary>(4) text: code, pages.</summary>
    [Column(3)] public required ulong Text { get; init; }

    /// <summary>(5) lib: library pages; always 0 since 2.6.</summary>
    [Column(4)] public required ulong Lib { get; init; }

    /// <summary>(6) data: data plus stack, pages.</summary>
    [Column(5)] public required ulong Data { get; init; }

    /// <summary>(7) dt: dirty pages; always 0 since 2.6.</summary>
    [Column(6)] public required ulong Dirty { get; init; }

    /// <summary>(1) size in bytes.</summary>
    public ulong SizeBytes(HostInfo host) => host.PagesToBytes(Size);

    /// <summary>(2) resident in bytes.</summary>
    public ulong ResidentBytes(HostInfo host) => host.PagesToBytes(Resident);

    /// <summary>(3) shared in bytes.</summary>
    public ulong SharedBytes(HostInfo host) => host.PagesToBytes(Shared);

    /// <summary>(4) text in bytes.</summary>
    public ulong TextBytes(HostInfo host) => host.PagesToBytes(Text);

    /// <summary>(6) data in bytes.</summary>
    public ulong DataBytes(HostInfo host) => host.PagesToBytes(Data);
}
