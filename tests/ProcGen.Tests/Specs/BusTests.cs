using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary><c>bus/pci/devices</c> and <c>bus/input/handlers</c>: the captured files, and lines written from <c>drivers/pci/proc.c</c> and <c>drivers/input/input.c</c>.</summary>
public class BusTests
{
    [Fact]
    public void Fixture_pci_devices()
    {
        var devices = Fixtures.Fs().PciDevices();

        Assert.Equal(6, devices.Count);

        // The host bridge: no resources, no driver (the line ends with the tab before the empty driver name).
        var bridge = devices[0];
        Assert.Equal((0, 0, 0), (bridge.Bus, bridge.Device, bridge.Function));
        Assert.Equal((0x8086, 0x0d57), (bridge.VendorId, bridge.DeviceId));
        Assert.Equal(0u, bridge.Irq);
        Assert.All(bridge.BaseAddresses, address => Assert.Equal(0UL, address));
        Assert.Null(bridge.Driver);

        // A virtio device: a 64-bit memory BAR 0 (flags 4) with 0x80000 bytes.
        var net = devices[1];
        Assert.Equal((ushort)0x0008, net.BusDeviceFunction);
        Assert.Equal("00:01.0", net.Slot);
        Assert.Equal(0x1af41045u, net.VendorDevice);
        Assert.Equal((0x1af4, 0x1045), (net.VendorId, net.DeviceId));
        Assert.Equal(0x4000000004UL, net.BaseAddress0);
        Assert.Equal(0x80000UL, net.Size0);
        Assert.Equal([0x80000UL, 0, 0, 0, 0, 0, 0], net.Sizes);
        Assert.Equal("virtio-pci", net.Driver);

        Assert.Equal(0x4000200004UL, devices[5].BaseAddress0);
        Assert.Equal(5, devices[5].Device);
    }

    [Fact]
    public void Pci_io_bars_rom_and_functions()
    {
        // "%02x%02x\t%04x%04x\t%x", then 7 × "\t%16llx" starts, 7 × "\t%16llx" sizes, '\t' and the driver.
        const string line =
            "001f\t80867a23\t10\t        81100000\t               0\t               0\t               0\t            5001\t        81101000" +
            "\t               0\t            4000\t               0\t               0\t               0\t              20\t             100\t               0\tsnd_hda_intel\n";

        var device = Assert.Single(PciDevice.ParseTable(Fixtures.Bytes(line)));

        Assert.Equal((0, 3, 7), (device.Bus, device.Device, device.Function)); // devfn 0x1f
        Assert.Equal(0x10u, device.Irq); // %x
        Assert.Equal(0x5001UL, device.BaseAddress4); // bit 0: an I/O port region
        Assert.Equal(0x20UL, device.Size4);
        Assert.Equal(0x81101000UL, device.BaseAddress5);
        Assert.Equal("snd_hda_intel", device.Driver);
    }

    [Fact]
    public void Pci_devices_of_old_kernels_have_no_driver_field()
    {
        const string line = "0100\t10de0a65\t1a\t        d2000000\t        c000000c\t               0\t        d000000c\t               0\t            dc01" +
                            "\t        d3000000\t         1000000\t         8000000\t               0\t         2000000\t               0\t              80\t           80000\n";
        var device = Assert.Single(PciDevice.ParseTable(Fixtures.Bytes(line)));

        Assert.Equal((1, 0, 0), (device.Bus, device.Device, device.Function));
        Assert.Equal(0x80000UL, device.RomSize);
        Assert.Null(device.Driver);
    }

    [Fact]
    public void A_pci_line_missing_sizes_is_an_error_at_its_end()
    {
        const string line = "0008\t1af41045\t0\t      4000000004\t               0";
        ParseAssert.Fails(utf8 => PciDevice.ParseTable(utf8), line + "\n", 1, line.Length + 1, "BaseAddress2");
    }

    [Fact]
    public void A_vendor_that_is_not_hexadecimal_is_an_error_there()
    {
        const string line = "0008\t1af4104g\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t";
        ParseAssert.Fails(utf8 => PciDevice.ParseTable(utf8), line + "\n", 1, 6, "VendorDevice");
    }

    [Fact]
    public void Fixture_input_handlers()
    {
        var handlers = Fixtures.Fs().InputHandlers();

        Assert.Equal(2, handlers.Count);
        Assert.Equal(new InputHandler { Number = 0, Name = "kbd", IsFilter = false, Minor = null }, handlers[0]);
        Assert.Equal(new InputHandler { Number = 1, Name = "evdev", IsFilter = false, Minor = 64 }, handlers[1]);
    }

    [Fact]
    public void Input_filters_and_legacy_minors()
    {
        // "N: Number=%u Name=%s", then " (filter)" and " Minor=%d" when they apply.
        const string text =
            "N: Number=0 Name=rfkill\n" +
            "N: Number=1 Name=sysrq (filter)\n" +
            "N: Number=2 Name=kbd\n" +
            "N: Number=3 Name=mousedev Minor=32\n" +
            "N: Number=4 Name=evdev Minor=64\n";

        var handlers = InputHandler.ParseTable(Fixtures.Bytes(text));

        Assert.Equal(5, handlers.Count);
        Assert.True(handlers[1].IsFilter);
        Assert.Null(handlers[1].Minor);
        Assert.Equal(("mousedev", 32), (handlers[3].Name, handlers[3].Minor));
        Assert.False(handlers[4].IsFilter);
    }

    [Fact]
    public void A_field_without_its_name_is_an_error_at_the_field()
        => ParseAssert.Fails(utf8 => InputHandler.ParseTable(utf8), "N: Number=0 Name=kbd\nN: Number=1 evdev\n", 2, 13, "after 'Name='");

    [Fact]
    public void A_name_with_no_value_is_an_error_at_the_field()
        => ParseAssert.Fails(utf8 => InputHandler.ParseTable(utf8), "N: Number= Name=kbd\n", 1, 4, "after 'Number='");

    [Fact]
    public void A_minor_that_is_not_a_number_is_an_error_at_the_field()
        => ParseAssert.Fails(utf8 => InputHandler.ParseTable(utf8), "N: Number=4 Name=evdev Minor=x\n", 1, 30, "Minor"); // at the value, after "Minor="
}
