using System;

namespace ProcGen;

/// <summary>
/// The value of a <c>domainN</c> line of <c>/proc/schedstat</c> (<c>show_schedstat</c> in
/// <c>kernel/sched/stats.c</c>): the domain's name (schedstat version 17+: <c>SMT</c>, <c>MC</c>, <c>PKG</c>,
/// <c>NUMA</c>; absent in 15), the CPUs it spans as a hexadecimal mask (<c>%*pb</c>: 32-bit groups separated by
/// commas), then its load-balancing counters: per idle type (idle, busy, newly idle) 8 counters in version 15 and
/// 11 in 17, then 12 for active balancing, exec/fork balancing and wake-ups.
/// </summary>
/// <remarks>
/// Domain names are upper-case words with letters past <c>F</c>, so a first field that is not a mask of hexadecimal
/// digits and commas is the name: the line tells its version without the file's <c>version</c> line.
/// </remarks>
public readonly record struct SchedulerDomainCounters(string? Name, string Span, ulong[] Counters) : IProcValue<SchedulerDomainCounters>
{
    public static bool TryParse(ReadOnlySpan<byte> utf8, out SchedulerDomainCounters value)
    {
        value = default;
        int position = 0;
        var first = ProcText.NextField(utf8, ref position);
        if (first.IsEmpty) return false;
        string? name = null;
        var span = first;
        if (!IsMask(first))
        {
            name = FieldParser.String(first);
            span = ProcText.NextField(utf8, ref position);
            if (!IsMask(span)) return false;
        }
        var rest = utf8[position..];
        var counters = new ulong[ProcText.CountFields(rest)];
        int at = 0;
        for (int i = 0; i < counters.Length; i++)
        {
            if (!ProcNumber.TryParseDecimal(ProcText.NextField(rest, ref at), out counters[i])) return false;
        }
        value = new SchedulerDomainCounters(name, FieldParser.String(span), counters);
        return true;
    }

    /// <summary>The number of idle types the counters are given for: idle, busy, newly idle.</summary>
    public const int IdleTypes = 3;

    /// <summary>Load-balancing counters per idle type: 8 in version 15, 11 in version 17.</summary>
    public int CountersPerIdleType => (Counters.Length - 12) / IdleTypes;

    /// <summary>How many times load balancing ran in this domain with the CPU in <paramref name="idleType"/> (0 idle, 1 busy, 2 newly idle).</summary>
    public ulong LoadBalanceCount(int idleType) => Counters[idleType * CountersPerIdleType];

    /// <summary>Wake-ups of a task last run on another CPU of the domain (<c>ttwu_wake_remote</c>).</summary>
    public ulong WakeRemote => Counters[^3];

    private static bool IsMask(ReadOnlySpan<byte> field)
    {
        if (field.IsEmpty) return false;
        foreach (byte b in field)
        {
            if (!(b is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F' or (byte)','))
                return false;
        }
        return true;
    }
}
