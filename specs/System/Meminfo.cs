using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/meminfo</c>: system memory usage (proc(5); <c>meminfo_proc_show</c> in <c>fs/proc/meminfo.c</c>, with
/// <c>hugetlb_report_meminfo</c> in <c>mm/hugetlb.c</c> and <c>arch_report_meminfo</c> in
/// <c>arch/x86/mm/pat/set_memory.c</c>).
/// </summary>
/// <remarks>
/// Sizes are in bytes (the kernel prints kB); the <c>HugePages_*</c> lines are page counts. Only the twelve lines
/// every Linux since 2.4 prints are required (they also tell a meminfo from another file); every other line is
/// nullable, because newer kernels and optional configuration add lines (noted with their version or
/// <c>CONFIG_</c> option) and emulated proc trees (LXCFS in containers, gVisor) print a reduced set. Keys not
/// declared here (a newer kernel's) land in <see cref="Other"/>.
/// </remarks>
[ProcFile("meminfo"), KeyValue(Separator = ':')]
public sealed partial record Meminfo
{
    /// <summary>Usable RAM: physical memory minus reserved bits and the kernel binary.</summary>
    [Key("MemTotal"), Kilobytes] public required ulong MemTotal { get; init; }

    /// <summary>Completely unused RAM.</summary>
    [Key("MemFree"), Kilobytes] public required ulong MemFree { get; init; }

    /// <summary>Estimate of memory available for new workloads without swapping (3.14+).</summary>
    [Key("MemAvailable"), Kilobytes] public ulong? MemAvailable { get; init; }

    /// <summary>Raw disk blocks cached in memory.</summary>
    [Key("Buffers"), Kilobytes] public required ulong Buffers { get; init; }

    /// <summary>Page cache, excluding <see cref="SwapCached"/>.</summary>
    [Key("Cached"), Kilobytes] public required ulong Cached { get; init; }

    /// <summary>Memory swapped out and back in that is still in the swap file.</summary>
    [Key("SwapCached"), Kilobytes] public required ulong SwapCached { get; init; }

    /// <summary>Memory used recently, reclaimed only if really needed.</summary>
    [Key("Active"), Kilobytes] public required ulong Active { get; init; }

    /// <summary>Memory used less recently, first in line for reclaim.</summary>
    [Key("Inactive"), Kilobytes] public required ulong Inactive { get; init; }

    /// <summary>Active anonymous memory (2.6.28+).</summary>
    [Key("Active(anon)"), Kilobytes] public ulong? ActiveAnon { get; init; }

    /// <summary>Inactive anonymous memory (2.6.28+).</summary>
    [Key("Inactive(anon)"), Kilobytes] public ulong? InactiveAnon { get; init; }

    /// <summary>Active page cache (2.6.28+).</summary>
    [Key("Active(file)"), Kilobytes] public ulong? ActiveFile { get; init; }

    /// <summary>Inactive page cache (2.6.28+).</summary>
    [Key("Inactive(file)"), Kilobytes] public ulong? InactiveFile { get; init; }

    /// <summary>Memory that cannot be reclaimed: mlocked, ramfs, … (2.6.28+).</summary>
    [Key("Unevictable"), Kilobytes] public ulong? Unevictable { get; init; }

    /// <summary>Memory locked with <c>mlock</c> (2.6.28+).</summary>
    [Key("Mlocked"), Kilobytes] public ulong? Mlocked { get; init; }

    /// <summary>Total high memory (<c>CONFIG_HIGHMEM</c>, 32-bit kernels).</summary>
    [Key("HighTotal"), Kilobytes] public ulong? HighTotal { get; init; }

    /// <summary>Free high memory (<c>CONFIG_HIGHMEM</c>).</summary>
    [Key("HighFree"), Kilobytes] public ulong? HighFree { get; init; }

    /// <summary>Total low memory (<c>CONFIG_HIGHMEM</c>).</summary>
    [Key("LowTotal"), Kilobytes] public ulong? LowTotal { get; init; }

    /// <summary>Free low memory (<c>CONFIG_HIGHMEM</c>).</summary>
    [Key("LowFree"), Kilobytes] public ulong? LowFree { get; init; }

    /// <summary>Memory used to copy private file mappings (no-MMU kernels only).</summary>
    [Key("MmapCopy"), Kilobytes] public ulong? MmapCopy { get; init; }

    /// <summary>Total swap space.</summary>
    [Key("SwapTotal"), Kilobytes] public required ulong SwapTotal { get; init; }

    /// <summary>Unused swap space.</summary>
    [Key("SwapFree"), Kilobytes] public required ulong SwapFree { get; init; }

    /// <summary>Memory used by the zswap compressed cache (5.19+; <c>CONFIG_ZSWAP</c>).</summary>
    [Key("Zswap"), Kilobytes] public ulong? Zswap { get; init; }

    /// <summary>Uncompressed size of what zswap stores (5.19+; <c>CONFIG_ZSWAP</c>).</summary>
    [Key("Zswapped"), Kilobytes] public ulong? Zswapped { get; init; }

    /// <summary>Memory waiting to be written back to disk.</summary>
    [Key("Dirty"), Kilobytes] public required ulong Dirty { get; init; }

    /// <summary>Memory being written back to disk.</summary>
    [Key("Writeback"), Kilobytes] public required ulong Writeback { get; init; }

    /// <summary>Anonymous pages mapped into user page tables.</summary>
    [Key("AnonPages"), Kilobytes] public ulong? AnonPages { get; init; }

    /// <summary>Files mapped into memory (<c>mmap</c>), such as libraries.</summary>
    [Key("Mapped"), Kilobytes] public ulong? Mapped { get; init; }

    /// <summary>Shared memory (tmpfs, SysV shm, shared anonymous mappings) (2.6.32+).</summary>
    [Key("Shmem"), Kilobytes] public ulong? Shmem { get; init; }

    /// <summary>Kernel allocations the kernel will reclaim under pressure, slab included (4.20+).</summary>
    [Key("KReclaimable"), Kilobytes] public ulong? KReclaimable { get; init; }

    /// <summary>In-kernel data structures cache.</summary>
    [Key("Slab"), Kilobytes] public required ulong Slab { get; init; }

    /// <summary>Part of <see cref="Slab"/> that might be reclaimed, such as caches.</summary>
    [Key("SReclaimable"), Kilobytes] public ulong? SReclaimable { get; init; }

    /// <summary>Part of <see cref="Slab"/> that cannot be reclaimed under memory pressure.</summary>
    [Key("SUnreclaim"), Kilobytes] public ulong? SUnreclaim { get; init; }

    /// <summary>Memory used by kernel stacks.</summary>
    [Key("KernelStack"), Kilobytes] public ulong? KernelStack { get; init; }

    /// <summary>Memory used by shadow call stacks (<c>CONFIG_SHADOW_CALL_STACK</c>, arm64).</summary>
    [Key("ShadowCallStack"), Kilobytes] public ulong? ShadowCallStack { get; init; }

    /// <summary>Memory used by user page tables.</summary>
    [Key("PageTables"), Kilobytes] public ulong? PageTables { get; init; }

    /// <summary>Memory used by secondary page tables such as KVM's (6.0+).</summary>
    [Key("SecPageTables"), Kilobytes] public ulong? SecPageTables { get; init; }

    /// <summary>Always 0 since 5.x (NFS pages sent but not yet committed, formerly).</summary>
    [Key("NFS_Unstable"), Kilobytes] public ulong? NfsUnstable { get; init; }

    /// <summary>Memory used for block-device bounce buffers.</summary>
    [Key("Bounce"), Kilobytes] public ulong? Bounce { get; init; }

    /// <summary>Memory used by FUSE for temporary writeback buffers.</summary>
    [Key("WritebackTmp"), Kilobytes] public ulong? WritebackTmp { get; init; }

    /// <summary>Total memory that can be allocated under strict overcommit (<c>vm.overcommit_mode = 2</c>).</summary>
    [Key("CommitLimit"), Kilobytes] public ulong? CommitLimit { get; init; }

    /// <summary>Memory currently allocated (committed, not necessarily used) by all processes.</summary>
    [Key("Committed_AS"), Kilobytes] public ulong? CommittedAs { get; init; }

    /// <summary>Size of the vmalloc address space.</summary>
    [Key("VmallocTotal"), Kilobytes] public ulong? VmallocTotal { get; init; }

    /// <summary>Used vmalloc space.</summary>
    [Key("VmallocUsed"), Kilobytes] public ulong? VmallocUsed { get; init; }

    /// <summary>Largest free vmalloc block; always 0 since 4.4.</summary>
    [Key("VmallocChunk"), Kilobytes] public ulong? VmallocChunk { get; init; }

    /// <summary>Memory used by the per-CPU allocator (4.0+).</summary>
    [Key("Percpu"), Kilobytes] public ulong? Percpu { get; init; }

    /// <summary>Memory the kernel found corrupted and took out of use (<c>CONFIG_MEMORY_FAILURE</c>).</summary>
    [Key("HardwareCorrupted"), Kilobytes] public ulong? HardwareCorrupted { get; init; }

    /// <summary>Anonymous transparent huge pages (<c>CONFIG_TRANSPARENT_HUGEPAGE</c>).</summary>
    [Key("AnonHugePages"), Kilobytes] public ulong? AnonHugePages { get; init; }

    /// <summary>Shared memory and tmpfs backed by huge pages (4.8+; <c>CONFIG_TRANSPARENT_HUGEPAGE</c>).</summary>
    [Key("ShmemHugePages"), Kilobytes] public ulong? ShmemHugePages { get; init; }

    /// <summary>Shared memory mapped into user space with huge pages (4.8+; <c>CONFIG_TRANSPARENT_HUGEPAGE</c>).</summary>
    [Key("ShmemPmdMapped"), Kilobytes] public ulong? ShmemPmdMapped { get; init; }

    /// <summary>Page cache backed by huge pages (5.4+; <c>CONFIG_TRANSPARENT_HUGEPAGE</c>).</summary>
    [Key("FileHugePages"), Kilobytes] public ulong? FileHugePages { get; init; }

    /// <summary>Page cache mapped into user space with huge pages (5.4+; <c>CONFIG_TRANSPARENT_HUGEPAGE</c>).</summary>
    [Key("FilePmdMapped"), Kilobytes] public ulong? FilePmdMapped { get; init; }

    /// <summary>Memory reserved for the contiguous memory allocator (<c>CONFIG_CMA</c>).</summary>
    [Key("CmaTotal"), Kilobytes] public ulong? CmaTotal { get; init; }

    /// <summary>Free CMA memory (<c>CONFIG_CMA</c>).</summary>
    [Key("CmaFree"), Kilobytes] public ulong? CmaFree { get; init; }

    /// <summary>Memory the guest has not yet accepted from the hypervisor (6.5+; <c>CONFIG_UNACCEPTED_MEMORY</c>).</summary>
    [Key("Unaccepted"), Kilobytes] public ulong? Unaccepted { get; init; }

    /// <summary>Memory returned to the hypervisor by a balloon driver (6.12+; <c>CONFIG_MEMORY_BALLOON</c>).</summary>
    [Key("Balloon"), Kilobytes] public ulong? Balloon { get; init; }

    /// <summary>Size of the default huge page pool, pages (<c>CONFIG_HUGETLB_PAGE</c>).</summary>
    [Key("HugePages_Total")] public ulong? HugePagesTotal { get; init; }

    /// <summary>Unallocated huge pages of the default pool, pages.</summary>
    [Key("HugePages_Free")] public ulong? HugePagesFree { get; init; }

    /// <summary>Huge pages committed to but not yet faulted in, pages.</summary>
    [Key("HugePages_Rsvd")] public ulong? HugePagesReserved { get; init; }

    /// <summary>Huge pages beyond <c>nr_hugepages</c> (surplus), pages.</summary>
    [Key("HugePages_Surp")] public ulong? HugePagesSurplus { get; init; }

    /// <summary>Size of the default huge page, bytes.</summary>
    [Key("Hugepagesize"), Kilobytes] public ulong? HugePageSize { get; init; }

    /// <summary>Memory used by huge pages of all sizes (4.16+).</summary>
    [Key("Hugetlb"), Kilobytes] public ulong? Hugetlb { get; init; }

    /// <summary>Kernel direct map covered by 4 kB pages (x86).</summary>
    [Key("DirectMap4k"), Kilobytes] public ulong? DirectMap4k { get; init; }

    /// <summary>Kernel direct map covered by 2 MB pages (x86-64, 32-bit PAE).</summary>
    [Key("DirectMap2M"), Kilobytes] public ulong? DirectMap2M { get; init; }

    /// <summary>Kernel direct map covered by 4 MB pages (32-bit x86 without PAE).</summary>
    [Key("DirectMap4M"), Kilobytes] public ulong? DirectMap4M { get; init; }

    /// <summary>Kernel direct map covered by 1 GB pages (x86-64).</summary>
    [Key("DirectMap1G"), Kilobytes] public ulong? DirectMap1G { get; init; }

    /// <summary>Every other key, in bytes where the kernel printed kB (a count otherwise).</summary>
    [OtherKeys] public required IReadOnlyDictionary<string, ulong> Other { get; init; }
}
