namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/coredump_filter</c>: which memory mappings a core dump includes, <c>%08lx</c> (proc(5),
/// core(5); <c>proc_coredump_filter_read</c> in <c>fs/proc/base.c</c>). Empty for a process without memory (a
/// kernel thread), hence nullable.
/// </summary>
[ProcFile("{pid}/coredump_filter"), SingleValue]
public sealed partial record ProcessCoredumpFilter
{
    /// <summary>The bits of core(5): 0 anonymous private, 1 anonymous shared, 2 file private, 3 file shared, 4 ELF headers, 5 hugetlb private, 6 hugetlb shared, 7 DAX private, 8 DAX shared.</summary>
    [Hex] public uint? Mask { get; init; }

    /// <summary>Whether mapping type <paramref name="bit"/> (0–8, see <see cref="Mask"/>) is dumped.</summary>
    public bool Includes(int bit) => Mask is { } mask && (mask & (1u << bit)) != 0;
}
