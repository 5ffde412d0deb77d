using System;

namespace ProcGen;

/// <summary>
/// Two hexadecimal numbers written <c>a:b</c>: the <c>tx_queue:rx_queue</c> and <c>tr:tm-&gt;when</c> fields of the
/// socket tables (<c>00000000:00000001</c>, <c>02:000005DC</c>).
/// </summary>
public readonly record struct HexPair(ulong First, ulong Second) : IProcValue<HexPair>
{
    public static bool TryParse(ReadOnlySpan<byte> utf8, out HexPair value)
    {
        value = default;
        int colon = utf8.IndexOf((byte)':');
        if (colon <= 0 || colon == utf8.Length - 1
            || !ProcNumber.TryParseHexDigits(utf8[..colon], out ulong first)
            || !ProcNumber.TryParseHexDigits(utf8[(colon + 1)..], out ulong second))
            return false;
        value = new HexPair(first, second);
        return true;
    }

    public override string ToString() => $"{First:X8}:{Second:X8}";
}
