using System;
using System.Collections.Generic;

namespace ProcGen;

/// <summary>
/// Decimal numbers separated by commas and blanks, <c>4295, 4290, 4292</c> (<c>xt_recent</c>'s packet times,
/// printed <c>"%s %lu"</c> with <c>","</c> before each but the first). Empty text is an empty list.
/// </summary>
public sealed class NumberList : IProcValue<NumberList>
{
    private readonly ulong[] _values;

    private NumberList(ulong[] values) => _values = values;

    /// <summary>The numbers in the kernel's order.</summary>
    public IReadOnlyList<ulong> Values => _values;

    public static bool TryParse(ReadOnlySpan<byte> utf8, out NumberList value)
    {
        value = null!;
        utf8 = ProcText.Trim(utf8);
        if (utf8.IsEmpty)
        {
            value = new NumberList([]);
            return true;
        }
        var values = new ulong[utf8.Count((byte)',') + 1];
        for (int i = 0; i < values.Length; i++)
        {
            int comma = utf8.IndexOf((byte)',');
            var item = comma < 0 ? utf8 : utf8[..comma];
            utf8 = comma < 0 ? default : utf8[(comma + 1)..];
            if (!ProcNumber.TryParseDecimal(ProcText.Trim(item), out values[i])) return false;
        }
        value = new NumberList(values);
        return true;
    }

    public override string ToString() => string.Join(", ", _values);
}
