using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/smaps_rollup</c>: the sums of every mapping's <c>smaps</c> sizes, computed by the kernel in one
/// pass (<c>show_smaps_rollup</c> in <c>fs/proc/task_mmu.c</c>, 4.14+). Read with <c>process.SmapsRollup()</c>: a
/// table of one entry.
/// </summary>
/// <remarks>
/// The file is one <c>smaps</c>-like block: a header line in the <c>maps</c> format spanning the lowest to the
/// highest mapped address, named <c>[rollup]</c>
/// (<c>00400000-ffffffffff600000 ---p 00000000 00:00 0   [rollup]</c>), then <c>Key:  N kB</c> lines. Sizes are in
/// bytes. Unlike <c>smaps</c> there is no <c>Size</c>, page sizes, <c>THPeligible</c> or <c>VmFlags</c>, and
/// <c>Pss_Anon</c>, <c>Pss_File</c>, <c>Pss_Shmem</c> (5.8+) are only here.
/// </remarks>
[ProcFile("{pid}/smaps_rollup", Accessor = "SmapsRollup"), Blocks(Start = BlockStart.UnkeyedLine)]
public sealed partial record MemoryUsageRollup
{
    /// <summary>The span of the address space the sums cover; its path is <c>[rollup]</c>.</summary>
    [HeaderLine] public required MemoryMapping Span { get; init; }

    /// <summary>Resident memory.</summary>
    [Key("Rss"), Kilobytes] public required ulong Rss { get; init; }

    /// <summary>Proportional share of resident memory.</summary>
    [Key("Pss"), Kilobytes] public required ulong Pss { get; init; }

    /// <summary>The dirty part of <see cref="Pss"/> (6.0+).</summary>
    [Key("Pss_Dirty"), Kilobytes] public ulong? PssDirty { get; init; }

    /// <summary>The anonymous part of <see cref="Pss"/> (5.8+).</summary>
    [Key("Pss_Anon"), Kilobytes] public ulong? PssAnon { get; init; }

    /// <summary>The file-backed part of <see cref="Pss"/> (5.8+).</summary>
    [Key("Pss_File"), Kilobytes] public ulong? PssFile { get; init; }

    /// <summary>The shared-memory part of <see cref="Pss"/> (5.8+).</summary>
    [Key("Pss_Shmem"), Kilobytes] public ulong? PssShmem { get; init; }

    /// <summary>Clean pages mapped by other processes too.</summary>
    [Key("Shared_Clean"), Kilobytes] public required ulong SharedClean { get; init; }

    /// <summary>Dirty pages mapped by other processes too.</summary>
    [Key("Shared_Dirty"), Kilobytes] public required ulong SharedDirty { get; init; }

    /// <summary>Clean pages only this process maps.</summary>
    [Key("Private_Clean"), Kilobytes] public required ulong PrivateClean { get; init; }

    /// <summary>Dirty pages only this process maps.</summary>
    [Key("Private_Dirty"), Kilobytes] public required ulong PrivateDirty { get; init; }

    /// <summary>Memory marked referenced or accessed.</summary>
    [Key("Referenced"), Kilobytes] public ulong? Referenced { get; init; }

    /// <summary>Memory that belongs to no file.</summary>
    [Key("Anonymous"), Kilobytes] public ulong? Anonymous { get; init; }

    /// <summary>Pages merged by kernel same-page merging (6.6+).</summary>
    [Key("KSM"), Kilobytes] public ulong? Ksm { get; init; }

    /// <summary>Memory marked <c>MADV_FREE</c>.</summary>
    [Key("LazyFree"), Kilobytes] public ulong? LazyFree { get; init; }

    /// <summary>Anonymous memory backed by transparent huge pages.</summary>
    [Key("AnonHugePages"), Kilobytes] public ulong? AnonHugePages { get; init; }

    /// <summary>Shared memory mapped with huge pages.</summary>
    [Key("ShmemPmdMapped"), Kilobytes] public ulong? ShmemPmdMapped { get; init; }

    /// <summary>Page cache mapped with huge pages (5.4+).</summary>
    [Key("FilePmdMapped"), Kilobytes] public ulong? FilePmdMapped { get; init; }

    /// <summary>hugetlbfs memory mapped by other processes too.</summary>
    [Key("Shared_Hugetlb"), Kilobytes] public ulong? SharedHugetlb { get; init; }

    /// <summary>hugetlbfs memory only this process maps.</summary>
    [Key("Private_Hugetlb"), Kilobytes] public ulong? PrivateHugetlb { get; init; }

    /// <summary>Anonymous memory swapped out.</summary>
    [Key("Swap"), Kilobytes] public ulong? Swap { get; init; }

    /// <summary>Proportional share of <see cref="Swap"/>.</summary>
    [Key("SwapPss"), Kilobytes] public ulong? SwapPss { get; init; }

    /// <summary>Memory locked in RAM.</summary>
    [Key("Locked"), Kilobytes] public ulong? Locked { get; init; }

    /// <summary>Keys not declared above (bytes when printed in kB).</summary>
    [OtherKeys] public required IReadOnlyDictionary<string, ulong> Other { get; init; }
}
