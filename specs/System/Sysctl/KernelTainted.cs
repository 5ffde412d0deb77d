namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/sys/kernel/tainted</c>: the taint mask as a decimal number, 0 for an untainted kernel (proc(5);
/// <c>proc_taint</c> in <c>kernel/panic.c</c>, printed by <c>proc_doulongvec_minmax</c>).
/// </summary>
[ProcFile("sys/kernel/tainted"), SingleValue]
public sealed partial record KernelTainted
{
    /// <summary>The raw mask, bits as in <see cref="KernelTaint"/>; bits a newer kernel adds are kept.</summary>
    public required ulong Mask { get; init; }

    /// <summary>The mask as flags.</summary>
    public KernelTaint Flags => (KernelTaint)Mask;

    /// <summary>Whether the kernel is tainted at all.</summary>
    public bool IsTainted => Mask != 0;
}
