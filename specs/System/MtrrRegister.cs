namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/mtrr</c>: a variable-range memory type range register of an x86 CPU that is in use, the
/// physical range it covers and how that memory is cached (<c>mtrr_seq_show</c> in
/// <c>arch/x86/kernel/cpu/mtrr/if.c</c>; <c>Documentation/arch/x86/mtrr.rst</c>). Read with <c>fs.Mtrr()</c>.
/// </summary>
/// <remarks>
/// <c>reg01: base=0x0c0000000 ( 3072MB), size= 1024MB, count=1: uncachable</c>. Registers with size 0 are not
/// printed. The file exists only on x86 with MTRRs, and only when the kernel has <c>CONFIG_MTRR</c>; virtual
/// machines often have none.
/// </remarks>
[ProcFile("mtrr", Accessor = "Mtrr"), Rows]
public sealed partial record MtrrRegister
{
    /// <summary>The register's number (<c>reg01:</c> → 1), which the <c>disable=</c> command of the file takes.</summary>
    [Column(0), Prefix("reg"), Suffix(":")] public required int Index { get; init; }

    /// <summary>The range in bytes, its caching type and its usage count.</summary>
    [Rest] public required MtrrRange Range { get; init; }
}
