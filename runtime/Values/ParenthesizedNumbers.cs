using System;
using System.Collections.Generic;

namespace ProcGen;

/// <summary>
/// Signed decimal numbers in parentheses, separated by commas: <c>(0, 3018, 4938, 4938)</c>, the
/// <c>protection:</c> line of <c>zoneinfo</c> (<c>zone-&gt;lowmem_reserve</c>, printed by <c>zoneinfo_show_print</c>
/// as <c>(%ld</c> then <c>, %ld</c> per zone and <c>)</c>).
/// </summary>
public readonly record struct ParenthesizedNumbers(IReadOnlyList<long> Values) : IProcValue<ParenthesizedNumbers>
{
    public static bool TryParse(ReadOnlySpan<byte> utf8, out ParenthesizedNumbers value)
    {
        value = default;
        if (utf8.Length < 2 || utf8[0] != (byte)'(' || utf8[^1] != (byte)')') return false;
        var inside = ProcText.Trim(utf8[1..^1]);
        if (inside.IsEmpty)
        {
            value = new ParenthesizedNumbers(Array.Empty<long>());
            return true;
        }
        var numbers = new long[inside.Count((byte)',') + 1];
        for (int i = 0; i < numbers.Length; i++)
        {
            int comma = inside.IndexOf((byte)',');
            var item = ProcText.Trim(comma < 0 ? inside : inside[..comma]);
            if (!ProcNumber.TryParseDecimal(item, out numbers[i])) return false;
            inside = comma < 0 ? default : inside[(comma + 1)..];
        }
        value = new ParenthesizedNumbers(numbers);
        return true;
    }

    public override string ToString() => "(" + string.Join(", ", Values) + ")";
}
