using System;
using System.Globalization;

namespace ProcGen.Specs;

/// <summary>
/// A controlling terminal, decoded from <c>tty_nr</c> (field 7 of <c>{pid}/stat</c>): the device number in the
/// kernel's <c>new_encode_dev</c> layout, major in bits 15–8, minor in bits 31–20 and 7–0. Names follow the
/// device numbers of <c>Documentation/admin-guide/devices.txt</c>, as <c>ps</c> prints them (<c>pts/3</c>,
/// <c>tty1</c>, <c>ttyS0</c>) without looking at <c>/dev</c>, so they are right for a captured tree too.
/// </summary>
public readonly record struct TerminalDevice(int Major, int Minor)
{
    private const int PtsFirstMajor = 136; // UNIX98_PTY_SLAVE_MAJOR, 8 majors of 256 minors
    private const int PtsLastMajor = 143;

    /// <summary>No controlling terminal (<c>tty_nr</c> 0: daemons, kernel threads).</summary>
    public static TerminalDevice None => default;

    /// <summary>Whether there is no controlling terminal.</summary>
    public bool IsNone => Major == 0 && Minor == 0;

    /// <summary>Decodes <c>tty_nr</c>.</summary>
    public static TerminalDevice FromTtyNumber(int ttyNumber)
    {
        uint value = unchecked((uint)ttyNumber);
        int major = (int)((value >> 8) & 0xfff);
        int minor = (int)((value & 0xff) | ((value >> 12) & 0xfff00));
        return new TerminalDevice(major, minor);
    }

    /// <summary>The <c>tty_nr</c> this device prints as (the inverse of <see cref="FromTtyNumber"/>).</summary>
    public int ToTtyNumber() => unchecked((int)((uint)(Minor & 0xff) | ((uint)Major << 8) | ((uint)(Minor & ~0xff) << 12)));

    /// <summary>
    /// The name under <c>/dev</c> (<c>pts/3</c>, <c>tty1</c>, <c>ttyS0</c>, <c>console</c>), <c>?</c> for none, or
    /// <c>major:minor</c> for a device this table does not know.
    /// </summary>
    public string Name => IsNone ? "?" : KnownName() ?? string.Create(CultureInfo.InvariantCulture, $"{Major}:{Minor}");

    /// <summary>The device path (<c>/dev/pts/3</c>), or <c>null</c> for none or an unknown device.</summary>
    public string? DevicePath => IsNone || KnownName() is not { } name ? null : "/dev/" + name;

    private string? KnownName()
    {
        var invariant = CultureInfo.InvariantCulture;
        return Major switch
        {
            >= PtsFirstMajor and <= PtsLastMajor => string.Create(invariant, $"pts/{(Major - PtsFirstMajor) * 256 + Minor}"),
            4 when Minor < 64 => string.Create(invariant, $"tty{Minor}"),
            4 => string.Create(invariant, $"ttyS{Minor - 64}"),
            5 when Minor == 0 => "tty",
            5 when Minor == 1 => "console",
            5 when Minor == 2 => "ptmx",
            3 => string.Create(invariant, $"ttyp{Minor}"),
            166 => string.Create(invariant, $"ttyACM{Minor}"),
            188 => string.Create(invariant, $"ttyUSB{Minor}"),
            204 when Minor >= 64 => string.Create(invariant, $"ttyAMA{Minor - 64}"),
            229 => string.Create(invariant, $"hvc{Minor}"),
            _ => null,
        };
    }

    /// <summary>
    /// Reads a terminal as users type it: <c>pts/3</c>, <c>/dev/pts/3</c>, <c>tty1</c>, <c>ttyS0</c>,
    /// <c>console</c>, or <c>major:minor</c>.
    /// </summary>
    public static bool TryParse(string text, out TerminalDevice device)
    {
        device = default;
        var name = text.StartsWith("/dev/", StringComparison.Ordinal) ? text[5..] : text;
        int colon = name.IndexOf(':');
        if (colon > 0)
        {
            if (!TryNumber(name[..colon], out int major) || !TryNumber(name[(colon + 1)..], out int minor)) return false;
            device = new TerminalDevice(major, minor);
            return true;
        }
        switch (name)
        {
            case "tty": device = new TerminalDevice(5, 0); return true;
            case "console": device = new TerminalDevice(5, 1); return true;
            case "ptmx": device = new TerminalDevice(5, 2); return true;
        }
        // Today's kernels number every pts on major 136 with up to 20-bit minors (the 8 majors of the old
        // 8-bit minors name the same terminals; Name maps those back too).
        if (TrySuffix(name, "pts/", out int pts) && pts < 1 << 20)
            device = new TerminalDevice(PtsFirstMajor, pts);
        else if (TrySuffix(name, "ttyS", out int serial) && serial < 192) device = new TerminalDevice(4, serial + 64);
        else if (TrySuffix(name, "ttyACM", out int acm)) device = new TerminalDevice(166, acm);
        else if (TrySuffix(name, "ttyUSB", out int usb)) device = new TerminalDevice(188, usb);
        else if (TrySuffix(name, "ttyAMA", out int ama)) device = new TerminalDevice(204, ama + 64);
        else if (TrySuffix(name, "ttyp", out int bsd)) device = new TerminalDevice(3, bsd);
        else if (TrySuffix(name, "hvc", out int hvc)) device = new TerminalDevice(229, hvc);
        else if (TrySuffix(name, "tty", out int vt) && vt < 64) device = new TerminalDevice(4, vt);
        else return false;
        return true;
    }

    public override string ToString() => Name;

    private static bool TrySuffix(string name, string prefix, out int number)
    {
        number = 0;
        return name.StartsWith(prefix, StringComparison.Ordinal) && TryNumber(name[prefix.Length..], out number);
    }

    private static bool TryNumber(string text, out int number)
        => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number);
}
