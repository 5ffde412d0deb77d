using System;
using System.Collections.Generic;
using System.Text;

namespace ProcGen;

/// <summary>
/// A kernel list of indices written as ranges, <c>0-3,8,10-11</c> (<c>Cpus_allowed_list</c>,
/// <c>Mems_allowed_list</c>, <c>/sys/devices/system/cpu/online</c>; printed by <c>%*pbl</c>). Empty text is an
/// empty list.
/// </summary>
public sealed class RangeList : IProcValue<RangeList>, IEquatable<RangeList>
{
    private readonly (int First, int Last)[] _ranges;

    private RangeList((int First, int Last)[] ranges) => _ranges = ranges;

    public static RangeList Empty { get; } = new([]);

    /// <summary>The ranges in the kernel's order, each inclusive.</summary>
    public IReadOnlyList<(int First, int Last)> Ranges => _ranges;

    /// <summary>How many indices the list holds.</summary>
    public int Count
    {
        get
        {
            int count = 0;
            foreach (var (first, last) in _ranges) count += last - first + 1;
            return count;
        }
    }

    public bool Contains(int index)
    {
        foreach (var (first, last) in _ranges)
            if (index >= first && index <= last) return true;
        return false;
    }

    /// <summary>Every index, ascending as printed.</summary>
    public IEnumerable<int> Indices()
    {
        foreach (var (first, last) in _ranges)
            for (int i = first; i <= last; i++) yield return i;
    }

    public static bool TryParse(ReadOnlySpan<byte> utf8, out RangeList value)
    {
        value = Empty;
        if (utf8.IsEmpty) return true;
        var ranges = new (int, int)[utf8.Count((byte)',') + 1];
        int n = 0;
        var rest = utf8;
        while (true)
        {
            int comma = rest.IndexOf((byte)',');
            var item = comma < 0 ? rest : rest[..comma];
            int dash = item.IndexOf((byte)'-');
            int first, last;
            if (dash < 0)
            {
                if (!ProcNumber.TryParseDecimal(item, out first)) return false;
                last = first;
            }
            else if (!ProcNumber.TryParseDecimal(item[..dash], out first)
                     || !ProcNumber.TryParseDecimal(item[(dash + 1)..], out last)
                     || last < first)
            {
                return false;
            }
            ranges[n++] = (first, last);
            if (comma < 0) break;
            rest = rest[(comma + 1)..];
        }
        value = new RangeList(ranges);
        return true;
    }

    public bool Equals(RangeList? other) => other is not null && _ranges.AsSpan().SequenceEqual(other._ranges);

    public override bool Equals(object? obj) => Equals(obj as RangeList);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var range in _ranges) hash.Add(range);
        return hash.ToHashCode();
    }

    /// <summary>The kernel's notation, <c>0-3,8</c>.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var (first, last) in _ranges)
        {
            if (sb.Length > 0) sb.Append(',');
            sb.Append(first);
            if (last != first) sb.Append('-').Append(last);
        }
        return sb.ToString();
    }
}
