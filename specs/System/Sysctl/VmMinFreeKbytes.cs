namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/sys/vm/min_free_kbytes</c>: the memory the kernel keeps free for atomic allocations, from which the
/// zones' min/low/high watermarks are computed (vm.rst; <c>min_free_kbytes</c> in <c>mm/page_alloc.c</c>). The
/// kernel prints kilobytes without a unit.
/// </summary>
[ProcFile("sys/vm/min_free_kbytes"), SingleValue]
public sealed partial record VmMinFreeKbytes
{
    /// <summary>The reserve in KiB, as printed.</summary>
    public required ulong Kilobytes { get; init; }

    /// <summary>The reserve in bytes.</summary>
    public ulong Bytes => Kilobytes * 1024;
}
