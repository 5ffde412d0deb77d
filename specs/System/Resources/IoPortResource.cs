namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/ioports</c>: a range of I/O ports (x86 port space) and who claimed it (proc(5);
/// <c>r_show</c> in <c>kernel/resource.c</c> prints <c>%*s%0*llx-%0*llx : %s</c>, indented two blanks per level).
/// </summary>
/// <remarks>
/// The lines form a tree: a range lies inside the last shallower one before it. <see cref="IoResourceTree.Build"/>
/// rebuilds it. A reader without <c>CAP_SYS_ADMIN</c> sees every port as 0.
/// </remarks>
[ProcFile("ioports", Accessor = "IoPorts"), Rows]
public sealed partial record IoPortResource : IIoResource
{
    /// <summary>The number of blanks before the range: twice the depth.</summary>
    [Indentation] public required int Indentation { get; init; }

    /// <summary>The first and last port, both inclusive (<c>0060-0060</c>).</summary>
    [Column(0)] public required AddressRange Range { get; init; }

    /// <summary>Who claimed the ports, after the <c>:</c> that follows them (<c>keyboard</c>, <c>dma page reg</c>, <c>PCI conf1</c>).</summary>
    [Rest, Prefix(":")] public required string Name { get; init; }

    /// <summary>The depth in the tree: 0 for a top-level range.</summary>
    public int Depth => Indentation / 2;

    /// <summary>The number of ports in the range (its ends are inclusive).</summary>
    public ulong Length => Range.End - Range.Start + 1;
}
