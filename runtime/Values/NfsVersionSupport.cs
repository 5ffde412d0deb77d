using System;
using System.Collections.Generic;

namespace ProcGen;

/// <summary>
/// One word of <c>/proc/fs/nfsd/versions</c>: an NFS protocol version the server offers (<c>+</c>) or refuses
/// (<c>-</c>), major version alone (<c>+3</c>, <c>-2</c>) or with a minor version (<c>+4.1</c>); printed by
/// <c>nfsd_print_version_support</c> in <c>fs/nfsd/nfsctl.c</c>.
/// </summary>
public readonly record struct NfsVersionSupport(bool Enabled, int Major, int? Minor) : IProcValue<NfsVersionSupport>
{
    public static bool TryParse(ReadOnlySpan<byte> utf8, out NfsVersionSupport value)
    {
        value = default;
        if (utf8.Length < 2 || (utf8[0] != (byte)'+' && utf8[0] != (byte)'-')) return false;
        var number = utf8[1..];
        int dot = number.IndexOf((byte)'.');
        if (!ProcNumber.TryParseDecimal(dot < 0 ? number : number[..dot], out int major)) return false;
        int? minor = null;
        if (dot >= 0)
        {
            if (!ProcNumber.TryParseDecimal(number[(dot + 1)..], out int parsed)) return false;
            minor = parsed;
        }
        value = new NfsVersionSupport(utf8[0] == (byte)'+', major, minor);
        return true;
    }

    /// <summary>The word as the kernel prints it.</summary>
    public override string ToString() => (Enabled ? "+" : "-") + Major + (Minor is { } minor ? "." + minor : "");
}

/// <summary>
/// The whole of <c>/proc/fs/nfsd/versions</c>: blank-separated <see cref="NfsVersionSupport"/> words in the order
/// printed (<c>-2 +3 +4 +4.1 +4.2</c>).
/// </summary>
public sealed class NfsVersionList : IProcValue<NfsVersionList>
{
    private readonly NfsVersionSupport[] _items;

    private NfsVersionList(NfsVersionSupport[] items) => _items = items;

    /// <summary>The versions in order.</summary>
    public IReadOnlyList<NfsVersionSupport> Items => _items;

    /// <summary>Whether <paramref name="major"/>(.<paramref name="minor"/>) is listed and enabled.</summary>
    public bool IsEnabled(int major, int? minor = null)
    {
        foreach (var version in _items)
            if (version.Major == major && version.Minor == minor) return version.Enabled;
        return false;
    }

    public static bool TryParse(ReadOnlySpan<byte> utf8, out NfsVersionList value)
    {
        value = null!;
        var items = new NfsVersionSupport[ProcText.CountFields(utf8)];
        int position = 0;
        for (int i = 0; i < items.Length; i++)
            if (!NfsVersionSupport.TryParse(ProcText.NextField(utf8, ref position), out items[i])) return false;
        value = new NfsVersionList(items);
        return true;
    }

    public override string ToString() => string.Join(' ', _items);
}
