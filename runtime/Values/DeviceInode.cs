using System;

namespace ProcGen;

/// <summary>
/// A file identified by its filesystem's device and its inode number, <c>major:minor:inode</c> with the device in
/// hexadecimal and the inode in decimal (<c>08:02:1234</c>): the file a lock in <c>locks</c> is on
/// (<c>lock_get_status</c> in <c>fs/locks.c</c>, which notes that userspace relies on this form).
/// </summary>
/// <param name="Device">The device of the filesystem the file is on (<c>st_dev</c>).</param>
/// <param name="Inode">The file's inode number on that filesystem (<c>st_ino</c>).</param>
public readonly record struct DeviceInode(DeviceNumber Device, ulong Inode) : IProcValue<DeviceInode>
{
    public static bool TryParse(ReadOnlySpan<byte> utf8, out DeviceInode value)
    {
        value = default;
        // The device itself holds a colon: the inode is after the last one.
        int colon = utf8.LastIndexOf((byte)':');
        if (colon <= 0) return false;
        var inode = utf8[(colon + 1)..];
        // Digits only: the kernel prints an unsigned number (%lu), never a sign.
        if (inode.IsEmpty || (uint)(inode[0] - (byte)'0') > 9
            || !ProcNumber.TryParseDecimal(inode, out ulong number)
            || !DeviceNumber.TryParseHex(utf8[..colon], out var device))
            return false;
        value = new DeviceInode(device, number);
        return true;
    }

    /// <summary>The kernel's notation, <c>08:02:1234</c>.</summary>
    public override string ToString() => $"{Device.Major:x2}:{Device.Minor:x2}:{Inode}";
}
