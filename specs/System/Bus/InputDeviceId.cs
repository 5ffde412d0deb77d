namespace ProcGen.Specs;

/// <summary>
/// The <c>I:</c> line of <c>bus/input/devices</c> after <c>Bus=</c>: <c>0019 Vendor=0000 Product=0001 Version=0000</c>,
/// in hexadecimal.
/// </summary>
[ProcPart, Columnar]
public sealed partial record InputDeviceId
{
    /// <summary>The bus type (<c>BUS_USB</c> 0x03, <c>BUS_I8042</c> 0x11, <c>BUS_HOST</c> 0x19 …).</summary>
    [Column(0), Hex] public required ushort Bus { get; init; }

    /// <summary>The vendor id.</summary>
    [Column(1), Prefix("Vendor="), Hex] public required ushort Vendor { get; init; }

    /// <summary>The product id.</summary>
    [Column(2), Prefix("Product="), Hex] public required ushort Product { get; init; }

    /// <summary>The version.</summary>
    [Column(3), Prefix("Version="), Hex] public required ushort Version { get; init; }
}
