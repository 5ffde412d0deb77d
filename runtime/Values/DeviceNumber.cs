using System;

namespace ProcGen;

/// <summary>
/// A device as <c>major:minor</c>: decimal in <c>mountinfo</c> (<c>0:23</c>), hexadecimal in <c>{pid}/maps</c> and
/// <c>locks</c> (<c>fd:01</c>; declare the property <see cref="HexAttribute"/>).
/// </summary>
public readonly record struct DeviceNumber(uint Major, uint Minor) : IProcHexValue<DeviceNumber>
{
    public static bool TryParse(ReadOnlySpan<byte> utf8, out DeviceNumber value) => TryParse(utf8, hex: false, out value);

    public static bool TryParseHex(ReadOnlySpan<byte> utf8, out DeviceNumber value) => TryParse(utf8, hex: true, out value);

    private static bool TryParse(ReadOnlySpan<byte> utf8, bool hex, out DeviceNumber value)
    {
        value = default;
        int colon = utf8.IndexOf((byte)':');
        if (colon <= 0) return false;
        uint major, minor;
        bool ok = hex
            ? ProcNumber.TryParseHex(utf8[..colon], out major) & ProcNumber.TryParseHex(utf8[(colon + 1)..], out minor)
            : ProcNumber.TryParseDecimal(utf8[..colon], out major) & ProcNumber.TryParseDecimal(utf8[(colon + 1)..], out minor);
        if (!ok) return false;
        value = new DeviceNumber(major, minor);
        return true;
    }

    /// <summary>The kernel's encoding in a <c>dev_t</c> (<c>new_encode_dev</c>), as in <c>st_dev</c>.</summary>
    public ulong ToDevT() => ((ulong)(Minor & 0xff)) | ((ulong)Major << 8) | ((ulong)(Minor & ~0xffu) << 12);

    public override string ToString() => $"{Major}:{Minor}";
}
