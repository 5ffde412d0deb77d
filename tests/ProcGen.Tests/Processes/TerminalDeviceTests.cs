using ProcGen.Specs;

namespace ProcGen.Tests.Processes;

public class TerminalDeviceTests
{
    [Theory]
    [InlineData(0, 0, 0, "?", null)]
    [InlineData(34816, 136, 0, "pts/0", "/dev/pts/0")]
    [InlineData(34819, 136, 3, "pts/3", "/dev/pts/3")]
    [InlineData(1083436, 136, 300, "pts/300", "/dev/pts/300")]   // minor 300: high bits in 31–20
    [InlineData(1025, 4, 1, "tty1", "/dev/tty1")]
    [InlineData(1088, 4, 64, "ttyS0", "/dev/ttyS0")]
    [InlineData(1281, 5, 1, "console", "/dev/console")]
    [InlineData(48128, 188, 0, "ttyUSB0", "/dev/ttyUSB0")]
    [InlineData(64000, 250, 0, "250:0", null)]
    public void Decodes_tty_nr(int ttyNumber, int major, int minor, string name, string? path)
    {
        var device = TerminalDevice.FromTtyNumber(ttyNumber);
        Assert.Equal(major, device.Major);
        Assert.Equal(minor, device.Minor);
        Assert.Equal(name, device.Name);
        Assert.Equal(path, device.DevicePath);
        Assert.Equal(ttyNumber, device.ToTtyNumber());
    }

    [Theory]
    [InlineData("pts/0", 136, 0)]
    [InlineData("/dev/pts/300", 136, 300)]
    [InlineData("tty1", 4, 1)]
    [InlineData("ttyS2", 4, 66)]
    [InlineData("/dev/console", 5, 1)]
    [InlineData("ttyACM1", 166, 1)]
    [InlineData("250:7", 250, 7)]
    public void Parses_terminal_names_back_to_the_device(string text, int major, int minor)
    {
        Assert.True(TerminalDevice.TryParse(text, out var device));
        Assert.Equal(new TerminalDevice(major, minor), device);
    }

    [Theory]
    [InlineData("")]
    [InlineData("pts/")]
    [InlineData("pts/x")]
    [InlineData("tty99")]
    [InlineData("nonsense")]
    public void Rejects_what_is_not_a_terminal(string text) => Assert.False(TerminalDevice.TryParse(text, out _));
}
