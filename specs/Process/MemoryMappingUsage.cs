using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// One entry of <c>/proc/[pid]/smaps</c>: a mapping (its <c>maps</c> line) and how much of it is resident, shared,
/// swapped (<c>show_smap</c> and <c>__show_smap</c> in <c>fs/proc/task_mmu.c</c>; proc(5)). Read with
/// <c>process.Smaps()</c>, or entry by entry with <c>process.EnumerateSmaps()</c>: a process with many mappings
/// has a smaps of several MB.
/// </summary>
/// <remarks>
/// Each entry is a block: the <c>maps</c> line, then <c>Key:   N kB</c> lines. Sizes are in bytes. Lines that
/// only some kernels print (<c>Pss_Dirty</c> 6.0+, <c>KSM</c> 6.6+, <c>FilePmdMapped</c> 4.20+, <c>ProtectionKey</c>
/// with memory protection keys) are nullable; keys a newer kernel adds land in <see cref="Other"/> (in bytes when
/// printed in kB).
/// </remarks>
[ProcFile("{pid}/smaps", Accessor = "Smaps"), Blocks(Start = BlockStart.UnkeyedLine)]
public sealed partial record MemoryMappingUsage
{
    /// <summary>The mapping, as its line in <c>maps</c>.</summary>
    [HeaderLine] public required MemoryMapping Mapping { get; init; }

    /// <summary>Size of the mapping.</summary>
    [Key("Size"), Kilobytes] public required ulong Size { get; init; }

    /// <summary>Page size the kernel uses for the mapping (2.6.29+).</summary>
    [Key("KernelPageSize"), Kilobytes] public ulong? KernelPageSize { get; init; }

    /// <summary>Page size the MMU uses for the mapping (2.6.29+).</summary>
    [Key("MMUPageSize"), Kilobytes] public ulong? MmuPageSize { get; init; }

    /// <summary>Resident memory of the mapping.</summary>
    [Key("Rss"), Kilobytes] public required ulong Rss { get; init; }

    /// <summary>Proportional share: each page divided by the number of processes that map it.</summary>
    [Key("Pss"), Kilobytes] public required ulong Pss { get; init; }

    /// <summary>The dirty part of <see cref="Pss"/> (6.0+).</summary>
    [Key("Pss_Dirty"), Kilobytes] public ulong? PssDirty { get; init; }

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

    /// <summary>Memory that belongs to no file (including private copies of file pages).</summary>
    [Key("Anonymous"), Kilobytes] public ulong? Anonymous { get; init; }

    /// <summary>Pages merged by kernel same-page merging (6.6+).</summary>
    [Key("KSM"), Kilobytes] public ulong? Ksm { get; init; }

    /// <summary>Memory marked <c>MADV_FREE</c> (4.12+).</summary>
    [Key("LazyFree"), Kilobytes] public ulong? LazyFree { get; init; }

    /// <summary>Anonymous memory backed by transparent huge pages.</summary>
    [Key("AnonHugePages"), Kilobytes] public ulong? AnonHugePages { get; init; }

    /// <summary>Shared memory mapped with huge pages (4.8+).</summary>
    [Key("ShmemPmdMapped"), Kilobytes] public ulong? ShmemPmdMapped { get; init; }

    /// <summary>Page cache mapped with huge pages (5.4+).</summary>
    [Key("FilePmdMapped"), Kilobytes] public ulong? FilePmdMapped { get; init; }

    /// <summary>hugetlbfs memory mapped by other processes too (4.6+).</summary>
    [Key("Shared_Hugetlb"), Kilobytes] public ulong? SharedHugetlb { get; init; }

    /// <summary>hugetlbfs memory only this process maps (4.6+).</summary>
    [Key("Private_Hugetlb"), Kilobytes] public ulong? PrivateHugetlb { get; init; }

    /// <summary>Anonymous memory swapped out.</summary>
    [Key("Swap"), Kilobytes] public ulong? Swap { get; init; }

    /// <summary>Proportional share of <see cref="Swap"/> (4.3+).</summary>
    [Key("SwapPss"), Kilobytes] public ulong? SwapPss { get; init; }

    /// <summary>Memory locked in RAM (<c>mlock</c>).</summary>
    [Key("Locked"), Kilobytes] public ulong? Locked { get; init; }

    /// <summary>Whether the mapping may use transparent huge pages (<c>1</c>/<c>0</c>, no unit, 4.15+).</summary>
    [Key("THPeligible")] public bool? ThpEligible { get; init; }

    /// <summary>The memory protection key of the mapping, on hardware that has keys.</summary>
    [Key("ProtectionKey")] public int? ProtectionKey { get; init; }

    /// <summary>
    /// The mapping's flags as the kernel's two-letter codes (<c>rd</c> readable, <c>wr</c> writable, <c>ex</c>
    /// executable, <c>sh</c> shared, <c>mr</c> may read, <c>gd</c> stack grows down, <c>ht</c> huge TLB, <c>dd</c>
    /// not dumped, <c>sd</c> soft-dirty …: <c>show_smap_vma_flags</c>), 3.8+.
    /// </summary>
    [Key("VmFlags")] public WordSet? VmFlags { get; init; }

    /// <summary>Keys not declared above (bytes when printed in kB).</summary>
    [OtherKeys] public required IReadOnlyDictionary<string, ulong> Other { get; init; }

    /// <summary>Whether the mapping has the kernel's two-letter flag <paramref name="code"/> (<c>"dd"</c>).</summary>
    public bool HasFlag(string code) => VmFlags?.Contains(code) ?? false;

    /// <summary>
    /// <see cref="VmFlags"/> as typed flags (<c>rd ex mr me</c> → <see cref="MappingFlags.Readable"/> |
    /// <see cref="MappingFlags.Executable"/> | …); codes the enum does not name are left out. <c>None</c> on kernels
    /// before 3.8, which print no <c>VmFlags</c>.
    /// </summary>
    public MappingFlags Flags
    {
        get
        {
            var flags = MappingFlags.None;
            if (VmFlags is null) return flags;
            foreach (var code in VmFlags) flags |= FlagOf(code);
            return flags;
        }
    }

    // The mnemonics of show_smap_vma_flags (fs/proc/task_mmu.c).
    private static MappingFlags FlagOf(string code) => code switch
    {
        "rd" => MappingFlags.Readable, "wr" => MappingFlags.Writable, "ex" => MappingFlags.Executable, "sh" => MappingFlags.Shared,
        "mr" => MappingFlags.MayRead, "mw" => MappingFlags.MayWrite, "me" => MappingFlags.MayExecute, "ms" => MappingFlags.MayShare,
        "gd" => MappingFlags.GrowsDown, "pf" => MappingFlags.PfnMap, "dw" => MappingFlags.DenyWrite, "lo" => MappingFlags.Locked,
        "io" => MappingFlags.Io, "sr" => MappingFlags.SequentialRead, "rr" => MappingFlags.RandomRead, "dc" => MappingFlags.DontCopy,
        "de" => MappingFlags.DontExpand, "lf" => MappingFlags.LockOnFault, "ac" => MappingFlags.Accountable, "nr" => MappingFlags.NoReserve,
        "ht" => MappingFlags.HugeTlb, "sf" => MappingFlags.SynchronousFault, "ar" => MappingFlags.Architecture, "wf" => MappingFlags.WipeOnFork,
        "dd" => MappingFlags.DontDump, "sd" => MappingFlags.SoftDirty, "mm" => MappingFlags.MixedMap, "hg" => MappingFlags.HugePage,
        "nh" => MappingFlags.NoHugePage, "mg" => MappingFlags.Mergeable, "bt" => MappingFlags.BranchTargetIdentification,
        "mt" => MappingFlags.MemoryTagging, "um" => MappingFlags.UserfaultMissing, "uw" => MappingFlags.UserfaultWriteProtect,
        "ui" => MappingFlags.UserfaultMinor, "ss" => MappingFlags.ShadowStack, "sl" => MappingFlags.Sealed, "dp" => MappingFlags.Droppable,
        "gu" => MappingFlags.MaybeGuard, "mp" => MappingFlags.Mpx,
        _ => MappingFlags.None,
    };
}
