using System;

namespace ProcGen;

/// <summary>Access rights of a memory mapping.</summary>
[Flags]
public enum MappingAccess
{
    None = 0,
    Read = 1,
    Write = 2,
    Execute = 4,

    /// <summary>A shared mapping (<c>s</c>); without it the mapping is private, copy-on-write (<c>p</c>).</summary>
    Shared = 8,
}

/// <summary>
/// The four-letter permissions of a <c>{pid}/maps</c> line, <c>rwxp</c>: read, write, execute, and <c>s</c>hared or
/// <c>p</c>rivate (<c>show_vma_header_prefix</c> in <c>fs/proc/task_mmu.c</c>); a <c>-</c> for each right missing.
/// </summary>
public readonly record struct MappingPermissions(MappingAccess Access) : IProcValue<MappingPermissions>
{
    public bool CanRead => (Access & MappingAccess.Read) != 0;
    public bool CanWrite => (Access & MappingAccess.Write) != 0;
    public bool CanExecute => (Access & MappingAccess.Execute) != 0;
    public bool IsShared => (Access & MappingAccess.Shared) != 0;

    public static bool TryParse(ReadOnlySpan<byte> utf8, out MappingPermissions value)
    {
        value = default;
        if (utf8.Length != 4) return false;
        var access = MappingAccess.None;
        if (!Letter(utf8[0], (byte)'r', MappingAccess.Read, ref access)
            || !Letter(utf8[1], (byte)'w', MappingAccess.Write, ref access)
            || !Letter(utf8[2], (byte)'x', MappingAccess.Execute, ref access))
            return false;
        if (utf8[3] == (byte)'s') access |= MappingAccess.Shared;
        else if (utf8[3] != (byte)'p') return false;
        value = new MappingPermissions(access);
        return true;
    }

    private static bool Letter(byte b, byte letter, MappingAccess flag, ref MappingAccess access)
    {
        if (b == letter) access |= flag;
        else if (b != (byte)'-') return false;
        return true;
    }

    public override string ToString()
        => string.Create(4, Access, static (span, a) =>
        {
            span[0] = (a & MappingAccess.Read) != 0 ? 'r' : '-';
            span[1] = (a & MappingAccess.Write) != 0 ? 'w' : '-';
            span[2] = (a & MappingAccess.Execute) != 0 ? 'x' : '-';
            span[3] = (a & MappingAccess.Shared) != 0 ? 's' : 'p';
        });
}
