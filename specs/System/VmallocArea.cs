namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/vmallocinfo</c>: an area of the kernel's vmalloc address space (<c>vmalloc_info_show</c>
/// in <c>mm/vmalloc.c</c>). Read with <c>fs.Vmallocinfo()</c>, or row by row with <c>fs.EnumerateVmallocinfo()</c>;
/// the file is readable by root only.
/// </summary>
/// <remarks>
/// <c>0xffffc90000000000-0xffffc90000005000   20480 kernel_clone+0xb8/0x400 pages=4 vmalloc N0=4</c>: the range, its
/// size in bytes, then details that are each printed only when they apply (<see cref="VmallocDetails"/>).
/// Addresses are printed with <c>%pK</c>: unless the reader may see kernel addresses they are hashed or zero, and
/// only <see cref="Size"/> is meaningful.
/// </remarks>
[ProcFile("vmallocinfo", Accessor = "Vmallocinfo"), Rows]
public sealed partial record VmallocArea
{
    /// <summary>The area's start and end (exclusive), as printed; hashed or zero for readers without the right to see kernel addresses.</summary>
    [Column(0)] public required AddressRange Address { get; init; }

    /// <summary>The area's size in bytes, including its guard page if it has one.</summary>
    [Column(1)] public required ulong Size { get; init; }

    /// <summary>The caller, page count, physical address, flags and per-node pages, or what kind of area the line is.</summary>
    [Rest] public required VmallocDetails Details { get; init; }
}
