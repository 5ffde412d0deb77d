namespace ProcGen;

/// <summary>
/// The caching type of a memory type range register, as <c>mtrr_attrib_to_str</c> in
/// <c>arch/x86/kernel/cpu/mtrr/mtrr.c</c> names it.
/// </summary>
public enum MtrrMemoryType
{
    /// <summary><c>uncachable</c> (UC): every access goes to memory or the device.</summary>
    Uncachable,

    /// <summary><c>write-combining</c> (WC): writes are buffered and combined (frame buffers).</summary>
    WriteCombining,

    /// <summary><c>write-through</c> (WT): reads are cached, writes go straight through.</summary>
    WriteThrough,

    /// <summary><c>write-protect</c> (WP): reads are cached, writes are not.</summary>
    WriteProtect,

    /// <summary><c>write-back</c> (WB): ordinary cached RAM.</summary>
    WriteBack,

    /// <summary><c>?</c>: a type number the kernel has no name for.</summary>
    Unknown,
}
