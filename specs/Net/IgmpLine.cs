using System;

namespace ProcGen.Specs;

/// <summary>
/// The text of one line of <c>/proc/net/igmp</c> after its indentation: an interface (<c>%d\t%-10s: %5d %7s</c>:
/// index, name, group count, the IGMP version of the querier seen) or one of its groups
/// (<c>%08X %5d %d:%08lX\t\t%d</c>: address, users, timer running and jiffies left, whether this host reported last).
/// </summary>
/// <remarks>
/// An interface name holds no ':' and no blank, so an interface line has exactly two fields before its first ':'; a
/// group line has three. Exactly one of <see cref="Interface"/> and <see cref="Group"/> is set.
/// </remarks>
public readonly record struct IgmpLine : IProcValue<IgmpLine>
{
    /// <summary>The interface part, for an interface line.</summary>
    public IgmpInterfaceLine? Interface { get; init; }

    /// <summary>The group part, for a group line.</summary>
    public IgmpGroupLine? Group { get; init; }

    /// <summary>The interface or the group, as <see cref="IgmpInterfaceLine"/> and <see cref="IgmpGroupLine"/> print them.</summary>
    public override string ToString() => Interface?.ToString() ?? Group?.ToString() ?? "";

    public static bool TryParse(ReadOnlySpan<byte> utf8, out IgmpLine value)
    {
        value = default;
        int colon = utf8.IndexOf((byte)':');
        if (colon < 0) return false;
        Span<Range> before = stackalloc Range[4];
        int count = Split(utf8[..colon], before);
        if (count == 2)
        {
            // 1\tlo        :     1      V3
            Span<Range> after = stackalloc Range[3];
            var rest = utf8[(colon + 1)..];
            if (Split(rest, after) != 2
                || !ProcNumber.TryParseDecimal(utf8[before[0]], out int index)
                || !ProcNumber.TryParseDecimal(rest[after[0]], out int groups))
                return false;
            var querier = rest[after[1]];
            if (querier.Length != 2 || querier[0] != (byte)'V' || querier[1] is < (byte)'1' or > (byte)'3') return false;
            value = new IgmpLine
            {
                Interface = new IgmpInterfaceLine(index, System.Text.Encoding.UTF8.GetString(utf8[before[1]]), groups, querier[1] - '0'),
            };
            return true;
        }
        if (count == 3)
        {
            // 010000E0     1 0:00000000\t\t0
            Span<Range> after = stackalloc Range[3];
            var rest = utf8[(colon + 1)..];
            if (utf8[before[0]].Length != 8
                || !InetAddress.TryParse(utf8[before[0]], out var address)
                || !ProcNumber.TryParseDecimal(utf8[before[1]], out int users)
                || !ProcNumber.TryParseDecimal(utf8[before[2]], out int running)
                || running is not (0 or 1)
                || before[2].End.Value != colon
                || Split(rest, after) != 2
                || after[0].Start.Value != 0
                || !ProcNumber.TryParseHex(rest[after[0]], out ulong jiffies)
                || !ProcNumber.TryParseDecimal(rest[after[1]], out int reporter)
                || reporter is not (0 or 1))
                return false;
            value = new IgmpLine { Group = new IgmpGroupLine(address, users, running == 1, jiffies, reporter == 1) };
            return true;
        }
        return false;
    }

    // Blank-separated fields into ranges; returns how many there are, more than ranges.Length meaning too many.
    private static int Split(ReadOnlySpan<byte> text, Span<Range> ranges)
    {
        int count = 0, i = 0;
        while (true)
        {
            while (i < text.Length && text[i] is (byte)' ' or (byte)'\t') i++;
            if (i == text.Length) return count;
            int start = i;
            while (i < text.Length && text[i] is not ((byte)' ' or (byte)'\t')) i++;
            if (count == ranges.Length) return count + 1;
            ranges[count++] = start..i;
        }
    }
}

/// <summary>An interface line of <c>/proc/net/igmp</c>.</summary>
/// <param name="Index">The interface index.</param>
/// <param name="Name">The interface name.</param>
/// <param name="GroupCount">The number of groups joined (<c>mc_count</c>); the group lines that follow list them.</param>
/// <param name="QuerierVersion">The IGMP version of the querier heard on the link: 1, 2, or 3 when none older was seen.</param>
public readonly record struct IgmpInterfaceLine(int Index, string Name, int GroupCount, int QuerierVersion)
{
    /// <summary><c>2 eth0: 3 groups, V3</c>.</summary>
    public override string ToString() => FormattableString.Invariant($"{Index} {Name}: {GroupCount} groups, V{QuerierVersion}");
}

/// <summary>A group line of <c>/proc/net/igmp</c>.</summary>
/// <param name="Address">The group address (<c>%08X</c> of the network-order word: <c>010000E0</c> is 224.0.0.1).</param>
/// <param name="Users">Sockets and the kernel using the group.</param>
/// <param name="TimerRunning">Whether a report timer is pending.</param>
/// <param name="TimerJiffies">Jiffies until the timer fires (<c>%08lX</c>); 0 when none is pending.</param>
/// <param name="Reporter">Whether this host sent the last report for the group.</param>
public readonly record struct IgmpGroupLine(InetAddress Address, int Users, bool TimerRunning, ulong TimerJiffies, bool Reporter)
{
    /// <summary><c>224.0.0.1 users 1</c>, then <c>timer N</c> and <c>reporter</c> when they apply.</summary>
    public override string ToString()
        => FormattableString.Invariant($"{Address} users {Users}{(TimerRunning ? $" timer {TimerJiffies}" : "")}{(Reporter ? " reporter" : "")}");
}
