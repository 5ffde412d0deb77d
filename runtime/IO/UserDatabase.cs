using System;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;

namespace ProcGen;

/// <summary>
/// User and group names of the running system, asked of the C library (<c>getpwuid_r</c>, <c>getgrgid_r</c>,
/// <c>getpwnam_r</c>) rather than read from <c>/etc/passwd</c>: the C library goes through NSS, so users from
/// LDAP, SSSD or systemd-homed have names too. Answers are cached for the life of the process, as <c>ps</c> does.
/// </summary>
/// <remarks>
/// The names belong to the machine this code runs on. For a proc tree captured elsewhere they may be wrong; the
/// ids themselves (<see cref="IdSet"/>) are always right.
/// </remarks>
public static unsafe class UserDatabase
{
    // struct passwd and struct group begin with the name pointer, in glibc and musl alike; pw_uid follows two
    // pointers (pw_name, pw_passwd). The structs are at most 7 pointers: 128 bytes leave room.
    private const int EntrySize = 128;
    private const int InitialBuffer = 1024;
    private const int MaxBuffer = 1 << 20;

    private static readonly ConcurrentDictionary<uint, string?> s_users = new();
    private static readonly ConcurrentDictionary<uint, string?> s_groups = new();

    /// <summary>The name of user <paramref name="uid"/>, or <c>null</c> when the database has none.</summary>
    public static string? UserName(uint uid) => s_users.GetOrAdd(uid, static id => Lookup(id, group: false));

    /// <summary>The name of group <paramref name="gid"/>, or <c>null</c> when the database has none.</summary>
    public static string? GroupName(uint gid) => s_groups.GetOrAdd(gid, static id => Lookup(id, group: true));

    /// <summary>The user name, or the id as decimal text when there is none (how <c>ps</c> shows such users).</summary>
    public static string UserNameOrId(uint uid) => UserName(uid) ?? uid.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The group name, or the id as decimal text when there is none.</summary>
    public static string GroupNameOrId(uint gid) => GroupName(gid) ?? gid.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The id of the user called <paramref name="name"/>.</summary>
    public static bool TryGetUserId(string name, out uint uid)
    {
        uid = 0;
        if (!OperatingSystem.IsLinux() || string.IsNullOrEmpty(name) || name.Contains('\0')) return false;
        var cName = new byte[Encoding.UTF8.GetByteCount(name) + 1];
        Encoding.UTF8.GetBytes(name, cName);
        byte* entry = stackalloc byte[EntrySize];
        for (int size = InitialBuffer; size <= MaxBuffer; size *= 2)
        {
            var buffer = new byte[size];
            byte* result = null;
            int error;
            fixed (byte* n = cName)
            fixed (byte* b = buffer)
            {
                error = LibC.GetPwNamR(n, entry, b, (nuint)size, &result);
            }
            if (error == LibC.ERANGE) continue;
            if (error != 0 || result == null) return false;
            uid = *(uint*)(entry + 2 * IntPtr.Size);
            return true;
        }
        return false;
    }

    private static string? Lookup(uint id, bool group)
    {
        if (!OperatingSystem.IsLinux()) return null;
        byte* entry = stackalloc byte[EntrySize];
        for (int size = InitialBuffer; size <= MaxBuffer; size *= 2)
        {
            var buffer = new byte[size];
            byte* result = null;
            int error;
            fixed (byte* b = buffer)
            {
                error = group
                    ? LibC.GetGrGidR(id, entry, b, (nuint)size, &result)
                    : LibC.GetPwUidR(id, entry, b, (nuint)size, &result);
                // The name points into the buffer: copy it while the buffer is pinned.
                if (error == 0 && result != null)
                    return Marshal.PtrToStringUTF8((nint)(*(byte**)entry));
            }
            // ERANGE: an entry larger than the buffer (a group with many members); anything else is "no name".
            if (error != LibC.ERANGE) return null;
        }
        return null;
    }
}
