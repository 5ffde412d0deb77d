using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ProcGen;

/// <summary>
/// A CPU (or node) bitmap as the kernel's <c>%*pb</c> prints it (<c>bitmap_print_to_pagebuf</c>): hexadecimal
/// 32-bit groups, most significant first, separated by commas, the first without leading zeros past what
/// <c>nr_cpu_ids</c> needs: <c>3</c>, <c>ff</c>, <c>00000000,00000001</c>. <c>/proc/irq/*/smp_affinity</c>,
/// <c>effective_affinity</c>, <c>affinity_hint</c>, <c>default_smp_affinity</c>.
/// </summary>
public sealed class CpuMask : IProcValue<CpuMask>, IEquatable<CpuMask>
{
    private readonly uint[] _groups;   // least significant first: _groups[0] holds CPUs 0–31

    private CpuMask(uint[] groups) => _groups = groups;

    /// <summary>Whether CPU <paramref name="cpu"/> is in the mask.</summary>
    public bool Contains(int cpu)
        => cpu >= 0 && cpu / 32 < _groups.Length && (_groups[cpu / 32] & (1u << (cpu % 32))) != 0;

    /// <summary>The CPUs in the mask, in increasing order.</summary>
    public IReadOnlyList<int> Cpus
    {
        get
        {
            var cpus = new List<int>();
            for (int group = 0; group < _groups.Length; group++)
                for (uint rest = _groups[group]; rest != 0; rest &= rest - 1)
                    cpus.Add(group * 32 + System.Numerics.BitOperations.TrailingZeroCount(rest));
            return cpus;
        }
    }

    /// <summary>The number of CPUs in the mask.</summary>
    public int Count
    {
        get
        {
            int count = 0;
            foreach (uint group in _groups) count += System.Numerics.BitOperations.PopCount(group);
            return count;
        }
    }

    public static bool TryParse(ReadOnlySpan<byte> utf8, out CpuMask value)
    {
        value = null!;
        if (utf8.IsEmpty) return false;
        int groups = utf8.Count((byte)',') + 1;
        var parsed = new uint[groups];
        var rest = utf8;
        for (int index = groups - 1; index >= 0; index--)
        {
            int comma = rest.IndexOf((byte)',');
            var group = comma < 0 ? rest : rest[..comma];
            rest = comma < 0 ? default : rest[(comma + 1)..];
            // Every group but the first is printed with all 8 digits.
            if (group.IsEmpty || group.Length > 8 || (index != groups - 1 && group.Length != 8)
                || !ProcNumber.TryParseHexDigits(group, out ulong bits))
                return false;
            parsed[index] = (uint)bits;
        }
        value = new CpuMask(parsed);
        return true;
    }

    public bool Equals(CpuMask? other)
    {
        if (other is null) return false;
        int length = Math.Max(_groups.Length, other._groups.Length);
        for (int i = 0; i < length; i++)
            if ((i < _groups.Length ? _groups[i] : 0) != (i < other._groups.Length ? other._groups[i] : 0)) return false;
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as CpuMask);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        int last = _groups.Length - 1;
        while (last >= 0 && _groups[last] == 0) last--;
        for (int i = 0; i <= last; i++) hash.Add(_groups[i]);
        return hash.ToHashCode();
    }

    /// <summary>As the kernel prints it: the first group without leading zeros, the others as 8 digits.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        for (int i = _groups.Length - 1; i >= 0; i--)
        {
            text.Append(_groups[i].ToString(i == _groups.Length - 1 ? "x" : "x8", CultureInfo.InvariantCulture));
            if (i > 0) text.Append(',');
        }
        return text.ToString();
    }
}
