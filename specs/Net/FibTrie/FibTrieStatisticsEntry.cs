using System;
using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>What a line of <c>/proc/net/fib_triestat</c> holds.</summary>
public enum FibTrieStatisticsEntryKind
{
    /// <summary><c>Name: value</c> (<c>Leaves:         7</c>, <c>Total size: 2  kB</c>) or <c>name = value</c> (<c>gets = 12</c>).</summary>
    Value,
    /// <summary>The internal-node histogram, <c>bits: count</c> pairs (<c>1: 1  2: 3  3: 1</c>).</summary>
    NodeSizes,
    /// <summary>The <c>---------</c> rule under <c>Counters:</c>.</summary>
    Rule,
}

/// <summary>
/// A line of <c>/proc/net/fib_triestat</c> after its indentation: <c>Name: number [kB]</c>, <c>name = number</c> (the
/// counters print <c>null node hit= N</c> without the first blank), a run of <c>bits: count</c> pairs, or the rule.
/// </summary>
/// <remarks>A one-off shape: names hold blanks and the separator is ':' or '=', so it is not a column layout.</remarks>
public sealed class FibTrieStatisticsEntry : IProcValue<FibTrieStatisticsEntry>
{
    private FibTrieStatisticsEntry(FibTrieStatisticsEntryKind kind, string name, double value, IReadOnlyDictionary<int, uint> nodeSizes)
    {
        Kind = kind;
        Name = name;
        Value = value;
        NodeSizes = nodeSizes;
    }

    /// <summary>The shape of the line.</summary>
    public FibTrieStatisticsEntryKind Kind { get; }

    /// <summary>The name before ':' or '=' (<c>Aver depth</c>, <c>Null ptrs</c>, <c>semantic match passed</c>); empty for the other kinds.</summary>
    public string Name { get; }

    /// <summary>The number; a <c>kB</c> size in bytes.</summary>
    public double Value { get; }

    /// <summary>For <see cref="FibTrieStatisticsEntryKind.NodeSizes"/>: internal nodes by the number of bits they index.</summary>
    public IReadOnlyDictionary<int, uint> NodeSizes { get; }

    private static readonly IReadOnlyDictionary<int, uint> s_none = new Dictionary<int, uint>();

    public static bool TryParse(ReadOnlySpan<byte> utf8, out FibTrieStatisticsEntry value)
    {
        value = null!;
        if (utf8.IsEmpty) return false;
        if (utf8.IndexOfAnyExcept((byte)'-') < 0)
        {
            value = new FibTrieStatisticsEntry(FibTrieStatisticsEntryKind.Rule, "", 0, s_none);
            return true;
        }
        if ((uint)(utf8[0] - '0') <= 9) return TryParseNodeSizes(utf8, out value);

        int separator = utf8.IndexOfAny((byte)':', (byte)'=');
        if (separator <= 0) return false;
        var name = ProcText.Trim(utf8[..separator]);
        var number = ProcText.Trim(utf8[(separator + 1)..]);
        double scale = 1;
        if (number.EndsWith("kB"u8))
        {
            number = ProcText.Trim(number[..^2]);
            scale = 1024;
        }
        double parsed;
        if (ProcNumber.TryParseDecimal(number, out ulong whole)) parsed = whole;
        else if (!TryParseFraction(number, out parsed)) return false;
        if (name.IsEmpty) return false;
        value = new FibTrieStatisticsEntry(FibTrieStatisticsEntryKind.Value, FieldParser.String(name), parsed * scale, s_none);
        return true;
    }

    // "2.42": the kernel prints the average depth as %u.%02d.
    private static bool TryParseFraction(ReadOnlySpan<byte> number, out double value)
    {
        value = 0;
        int dot = number.IndexOf((byte)'.');
        if (dot <= 0 || dot == number.Length - 1
            || !ProcNumber.TryParseDecimal(number[..dot], out ulong whole)
            || !ProcNumber.TryParseDecimal(number[(dot + 1)..], out ulong fraction))
            return false;
        value = whole + fraction / Math.Pow(10, number.Length - dot - 1);
        return true;
    }

    // "1: 1  2: 3  3: 1"
    private static bool TryParseNodeSizes(ReadOnlySpan<byte> utf8, out FibTrieStatisticsEntry value)
    {
        value = null!;
        var sizes = new Dictionary<int, uint>();
        var rest = utf8;
        while (!rest.IsEmpty)
        {
            int colon = rest.IndexOf((byte)':');
            if (colon <= 0 || !ProcNumber.TryParseDecimal(ProcText.Trim(rest[..colon]), out int bits)) return false;
            rest = rest[(colon + 1)..];
            int start = rest.IndexOfAnyExcept((byte)' ');
            if (start < 0) return false;
            rest = rest[start..];
            int end = rest.IndexOf((byte)' ');
            if (end < 0) end = rest.Length;
            if (!ProcNumber.TryParseDecimal(rest[..end], out uint count) || !sizes.TryAdd(bits, count)) return false;
            rest = ProcText.Trim(rest[end..]);
        }
        value = new FibTrieStatisticsEntry(FibTrieStatisticsEntryKind.NodeSizes, "", 0, sizes);
        return true;
    }

    public override string ToString() => Kind switch
    {
        FibTrieStatisticsEntryKind.Value => Name + ": " + Value,
        FibTrieStatisticsEntryKind.NodeSizes => DescribeNodeSizes(),
        _ => "---------",
    };

    // "1: 1  2: 3", as printed.
    private string DescribeNodeSizes()
    {
        var text = new System.Text.StringBuilder();
        foreach (var (bits, count) in NodeSizes)
            text.Append(text.Length == 0 ? "" : "  ").Append(bits).Append(": ").Append(count);
        return text.ToString();
    }
}
