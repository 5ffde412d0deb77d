using System;

namespace ProcGen;

/// <summary>
/// Two decimal numbers written <c>a/b</c>: <c>SigQ: 0/96365</c> (queued/limit), the <c>1/77</c> of
/// <c>loadavg</c> (runnable/total scheduling entities).
/// </summary>
public readonly record struct SlashPair(ulong First, ulong Second) : IProcValue<SlashPair>
{
    public static bool TryParse(ReadOnlySpan<byte> utf8, out SlashPair value)
    {
        value = default;
        int slash = utf8.IndexOf((byte)'/');
        if (slash < 0
            || !ProcNumber.TryParseDecimal(utf8[..slash], out ulong first)
            || !ProcNumber.TryParseDecimal(utf8[(slash + 1)..], out ulong second))
            return false;
        value = new SlashPair(first, second);
        return true;
    }

    public override string ToString() => $"{First}/{Second}";
}
