using System;
using System.Collections.Generic;

namespace ProcGen;

/// <summary>
/// Alternating blank-separated names and decimal numbers, in the kernel's order: <c>inuse 5 orphan 0 tw 1 alloc 7
/// mem 2</c> (<c>net/sockstat</c>). A line with no pairs is an empty list.
/// </summary>
public sealed class NamedCounters : IProcValue<NamedCounters>
{
    private readonly KeyValuePair<string, long>[] _pairs;

    private NamedCounters(KeyValuePair<string, long>[] pairs) => _pairs = pairs;

    /// <summary>The pairs in order.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> Pairs => _pairs;

    /// <summary>The value named <paramref name="name"/>, or <c>null</c>.</summary>
    public long? this[string name]
    {
        get
        {
            foreach (var pair in _pairs)
                if (pair.Key == name) return pair.Value;
            return null;
        }
    }

    public static bool TryParse(ReadOnlySpan<byte> utf8, out NamedCounters value)
    {
        value = null!;
        var pairs = new List<KeyValuePair<string, long>>();
        int position = 0;
        while (true)
        {
            var name = ProcText.NextField(utf8, ref position);
            if (name.IsEmpty) break;
            var number = ProcText.NextField(utf8, ref position);
            if (number.IsEmpty || !ProcNumber.TryParseDecimal(number, out long parsed)) return false;
            pairs.Add(new(FieldParser.String(name), parsed));
        }
        value = new NamedCounters(pairs.ToArray());
        return true;
    }

    public override string ToString() => string.Join(" ", Array.ConvertAll(_pairs, p => p.Key + " " + p.Value));
}
