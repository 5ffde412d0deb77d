using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary><c>tty/drivers</c> and <c>tty/ldiscs</c>: the captured files, and lines written from <c>fs/proc/proc_tty.c</c> and <c>drivers/tty/tty_ldisc.c</c>.</summary>
public class TtyTests
{
    [Fact]
    public void Fixture_drivers_pseudo_devices_first()
    {
        var drivers = Fixtures.Fs().TtyDrivers();

        Assert.Equal(8, drivers.Count);
        Assert.Equal(new TtyDriver { Name = "/dev/tty", DeviceNode = "/dev/tty", Major = 5, Minors = new NumberRange(0, 0), Type = "system:/dev/tty" }, drivers[0]);
        Assert.Equal(("system", "console"), (drivers[1].MainType, drivers[1].Subtype));
        Assert.Equal(("system", (string?)null), (drivers[2].MainType, drivers[2].Subtype));
        Assert.Equal("system:vtmaster", drivers[3].Type);

        var serial = drivers[4];
        Assert.Equal(("serial", "/dev/ttyS", 4u), (serial.Name, serial.DeviceNode, serial.Major));
        Assert.Equal(new NumberRange(64, 64), serial.Minors);

        var ptySlave = drivers[5];
        Assert.Equal(("pty_slave", "/dev/pts", 136u, "pty:slave"), (ptySlave.Name, ptySlave.DeviceNode, ptySlave.Major, ptySlave.Type));
        Assert.Equal(new NumberRange(0, 1048575), ptySlave.Minors);
        Assert.Equal(1048576UL, ptySlave.Minors.Count);
        Assert.Equal("master", drivers[6].Subtype);

        // The virtual consoles: "%3d %d-%d " for a driver with more than one minor.
        var console = drivers[7];
        Assert.Equal(("unknown", "/dev/tty", 4u, "console"), (console.Name, console.DeviceNode, console.Major, console.Type));
        Assert.Equal(new NumberRange(1, 63), console.Minors);
        Assert.True(console.Minors.Contains(7));
    }

    [Fact]
    public void A_type_the_kernel_cannot_name()
    {
        // default: seq_printf(m, "type:%d.%d", p->type, p->subtype)
        var driver = Assert.Single(TtyDriver.ParseTable(Fixtures.Bytes("ttyprintk            /dev/ttyprintk   5       3 type:5.0\n")));
        Assert.Equal(("type", "5.0"), (driver.MainType, driver.Subtype));
    }

    [Fact]
    public void A_descending_minor_range_is_an_error_at_the_range()
    {
        const string line = "serial               /dev/ttyS       4 67-64 serial";
        ParseAssert.Fails(utf8 => TtyDriver.ParseTable(utf8), line + "\n", 1, ParseAssert.ColumnOf(line, "67-64"), "NumberRange");
    }

    [Fact]
    public void A_line_without_a_type_is_an_error_at_its_end()
    {
        const string line = "serial               /dev/ttyS       4      64";
        ParseAssert.Fails(utf8 => TtyDriver.ParseTable(utf8), line + "\n", 1, line.Length + 1, "Type");
    }

    [Fact]
    public void Fixture_line_disciplines()
    {
        var disciplines = Fixtures.Fs().TtyLineDisciplines();

        Assert.Equal(2, disciplines.Count);
        Assert.Equal(new TtyLineDiscipline { Name = "n_tty", Number = 0 }, disciplines[0]);
        Assert.Equal(new TtyLineDiscipline { Name = "n_null", Number = 27 }, disciplines[1]);
    }

    [Fact]
    public void Line_disciplines_of_a_desktop_kernel()
    {
        // "%-10s %2d\n"; "???" for a discipline registered without a name.
        const string text = "n_tty       0\nslip        1\nppp         3\nn_hci      15\n???        20\n";
        var disciplines = TtyLineDiscipline.ParseTable(Fixtures.Bytes(text));

        Assert.Equal(["n_tty", "slip", "ppp", "n_hci", "???"], System.Linq.Enumerable.Select(disciplines, d => d.Name));
        Assert.Equal(15, disciplines[3].Number);
    }

    [Fact]
    public void A_discipline_number_that_is_not_a_number_is_an_error_there()
        => ParseAssert.Fails(utf8 => TtyLineDiscipline.ParseTable(utf8), "n_tty       0\nslip       one\n", 2, 12, "Number");
}
