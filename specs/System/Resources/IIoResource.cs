namespace ProcGen.Specs;

/// <summary>
/// A line of <c>/proc/iomem</c> or <c>/proc/ioports</c>: a range of physical addresses or I/O ports claimed by a
/// bus, a device or the kernel, at a depth in the resource tree (<c>r_show</c> in <c>kernel/resource.c</c>).
/// </summary>
public interface IIoResource
{
    /// <summary>The depth in the tree: 0 for a top-level range, 1 for a range inside it, and so on.</summary>
    int Depth { get; }

    /// <summary>The first and last address (both inclusive); all zeros for a reader without <c>CAP_SYS_ADMIN</c>.</summary>
    AddressRange Range { get; }

    /// <summary>Who claimed the range (<c>System RAM</c>, <c>PCI Bus 0000:00</c>, a driver's name).</summary>
    string Name { get; }
}
