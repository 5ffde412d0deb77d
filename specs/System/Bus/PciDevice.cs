namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/bus/pci/devices</c>: a PCI device, its resources and its driver (<c>show_device</c> in
/// <c>drivers/pci/proc.c</c>). Read with <c>fs.PciDevices()</c>.
/// </summary>
/// <remarks>
/// Tab-separated hexadecimal fields: bus and device/function, vendor and device ids, IRQ, the start of each of the
/// six base address registers and the expansion ROM (ORed with the region's flag bits), the size of each, then the
/// bound driver's name (an empty field when none). The file has no PCI domain: devices of other domains share bus
/// numbers with domain 0.
/// </remarks>
[ProcFile("bus/pci/devices", Accessor = "PciDevices"), Rows]
public sealed partial record PciDevice
{
    /// <summary>The bus number and <c>devfn</c> as printed, <c>%02x%02x</c> (<c>0008</c>: bus 0, device 1, function 0).</summary>
    [Column(0), Hex] public required ushort BusDeviceFunction { get; init; }

    /// <summary>Vendor and device id as printed, <c>%04x%04x</c> (<c>1af41045</c>).</summary>
    [Column(1), Hex] public required uint VendorDevice { get; init; }

    /// <summary>The interrupt line the kernel assigned (0: none).</summary>
    [Column(2), Hex] public required uint Irq { get; init; }

    /// <summary>BAR 0: the start address ORed with the region's flags (low 4 bits; bit 0 set for I/O ports).</summary>
    [Column(3), Hex] public required ulong BaseAddress0 { get; init; }

    /// <summary>BAR 1, as <see cref="BaseAddress0"/>.</summary>
    [Column(4), Hex] public required ulong BaseAddress1 { get; init; }

    /// <summary>BAR 2, as <see cref="BaseAddress0"/>.</summary>
    [Column(5), Hex] public required ulong BaseAddress2 { get; init; }

    /// <summary>BAR 3, as <see cref="BaseAddress0"/>.</summary>
    [Column(6), Hex] public required ulong BaseAddress3 { get; init; }

    /// <summary>BAR 4, as <see cref="BaseAddress0"/>.</summary>
    [Column(7), Hex] public required ulong BaseAddress4 { get; init; }

    /// <summary>BAR 5, as <see cref="BaseAddress0"/>.</summary>
    [Column(8), Hex] public required ulong BaseAddress5 { get; init; }

    /// <summary>The expansion ROM's address, as <see cref="BaseAddress0"/>.</summary>
    [Column(9), Hex] public required ulong RomAddress { get; init; }

    /// <summary>The size of BAR 0 in bytes; 0 when unused.</summary>
    [Column(10), Hex] public required ulong Size0 { get; init; }

    /// <summary>The size of BAR 1 in bytes.</summary>
    [Column(11), Hex] public required ulong Size1 { get; init; }

    /// <summary>The size of BAR 2 in bytes.</summary>
    [Column(12), Hex] public required ulong Size2 { get; init; }

    /// <summary>The size of BAR 3 in bytes.</summary>
    [Column(13), Hex] public required ulong Size3 { get; init; }

    /// <summary>The size of BAR 4 in bytes.</summary>
    [Column(14), Hex] public required ulong Size4 { get; init; }

    /// <summary>The size of BAR 5 in bytes.</summary>
    [Column(15), Hex] public required ulong Size5 { get; init; }

    /// <summary>The size of the expansion ROM in bytes.</summary>
    [Column(16), Hex] public required ulong RomSize { get; init; }

    /// <summary>The name of the driver bound to the device; <c>null</c> when none is (or on kernels that do not print it).</summary>
    [Column(17)] public string? Driver { get; init; }

    /// <summary>The bus number.</summary>
    public byte Bus => (byte)(BusDeviceFunction >> 8);

    /// <summary>The device (slot) number on the bus, 0–31.</summary>
    public byte Device => (byte)((BusDeviceFunction & 0xFF) >> 3);

    /// <summary>The function number of the device, 0–7.</summary>
    public byte Function => (byte)(BusDeviceFunction & 0x7);

    /// <summary>The PCI vendor id (<c>0x8086</c> Intel, <c>0x1af4</c> virtio).</summary>
    public ushort VendorId => (ushort)(VendorDevice >> 16);

    /// <summary>The vendor's device id.</summary>
    public ushort DeviceId => (ushort)VendorDevice;

    /// <summary>The six BARs and the ROM, in order, as printed (address ORed with flags).</summary>
    public ulong[] BaseAddresses => [BaseAddress0, BaseAddress1, BaseAddress2, BaseAddress3, BaseAddress4, BaseAddress5, RomAddress];

    /// <summary>The sizes of the six BARs and the ROM, in order.</summary>
    public ulong[] Sizes => [Size0, Size1, Size2, Size3, Size4, Size5, RomSize];

    /// <summary>The address as <c>lspci</c> prints it without the domain: <c>00:01.0</c>.</summary>
    public string Slot => $"{Bus:x2}:{Device:x2}.{Function:x1}";
}
