namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/iomem</c>: a range of physical memory addresses and who claimed it (proc(5); <c>r_show</c>
/// in <c>kernel/resource.c</c> prints <c>%*s%0*llx-%0*llx : %s</c>, indented two blanks per level).
/// </summary>
/// <remarks>
/// The lines form a tree: a range lies inside the last shallower one before it. <see cref="IoResourceTree.Build"/>
/// rebuilds it. A reader without <c>CAP_SYS_ADMIN</c> sees every address as 0.
/// </remarks>
[ProcFile("iomem", Accessor = "IoMemory"), Rows]
public sealed partial record IoMemoryResource : IIoResource
{
    /// <summary>The number of blanks before the range: twice the depth.</summary>
    [Indentation] public required int Indentation { get; init; }

    /// <summary>The first and last address, both inclusive (<c>00100000-bfffffff</c>).</summary>
    [Column(0)] public required AddressRange Range { get; init; }

    /// <summary>Who claimed the range, after the <c>:</c> that follows it (<c>System RAM</c>, <c>Kernel code</c>, <c>PCI Bus 0000:00</c>, a driver's name).</summary>
    [Rest, Prefix(":")] public required string Name { get; init; }

    /// <summary>The depth in the tree: 0 for a top-level range.</summary>
    public int Depth => Indentation / 2;

    /// <summary>The number of addresses in the range (its ends are inclusive).</summary>
    public ulong Length => Range.End - Range.Start + 1;
}
