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
            || !TryParseDigits(utf8[..colon], out ulong first)
            || !TryParseDigits(utf8[(colon + 1)..], out ulong second))
            return false;
        value = new HexPair(first, second);
        return true;
    }

    // Digits only (no 0x, no sign): the kernel prints %08X and %02X.
    private static bool TryParseDigits(ReadOnlySpan<byte> hex, out ulong number)
    {
        number = 0;
        if (hex.Length > 16) return false;
        foreach (byte b in hex)
        {
            uint digit = ProcNumber.HexDigit(b);
            if (digit > 15) return false;
            number = (number << 4) | digit;
        }
        return true;
    }

    public override string ToString() => $"{First:X8}:{Second:X8}";
}
