using System;

namespace ProcGen;

/// <summary>
/// The four user or group ids of <c>Uid:</c>/<c>Gid:</c> in <c>{pid}/status</c>: real, effective, saved set and
/// filesystem, in that order (<c>fs/proc/array.c</c>).
/// </summary>
public readonly record struct IdSet(uint Real, uint Effective, uint SavedSet, uint FileSystem) : IProcValue<IdSet>
{
    public static bool TryParse(ReadOnlySpan<byte> utf8, out IdSet value)
    {
        value = default;
        int position = 0;
        if (!ProcNumber.TryParseDecimal(ProcText.NextField(utf8, ref position), out uint real)
            || !ProcNumber.TryParseDecimal(ProcText.NextField(utf8, ref position), out uint effective)
            || !ProcNumber.TryParseDecimal(ProcText.NextField(utf8, ref position), out uint saved)
            || !ProcNumber.TryParseDecimal(ProcText.NextField(utf8, ref position), out uint fs)
            || !ProcText.NextField(utf8, ref position).IsEmpty)
            return false;
        value = new IdSet(real, effective, saved, fs);
        return true;
    }

    public override string ToString() => $"{Real} {Effective} {SavedSet} {FileSystem}";
}
