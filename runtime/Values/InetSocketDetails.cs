using System;

namespace ProcGen;

/// <summary>
/// The protocol's own fields at the end of a socket table row, after the reference count and socket pointer:
/// TCP prints five (<c>get_tcp4_sock</c>, <c>get_tcp6_sock</c>: <c>icsk_rto</c> and <c>icsk_ack.ato</c> in clock
/// ticks, <c>(icsk_ack.quick &lt;&lt; 1) | pingpong</c>, <c>snd_cwnd</c>, and <c>snd_ssthresh</c> — or -1 in initial
/// slow start, or the Fast Open queue limit for a listening socket); UDP, UDP-Lite, raw and ping sockets print one,
/// their drop count (<c>sk_drops</c>). TIME_WAIT and request sockets print none, so the row has no details.
/// </summary>
/// <remarks>The kind is told by the number of fields: one is a datagram socket's, five a TCP socket's.</remarks>
public readonly record struct InetSocketDetails : IProcValue<InetSocketDetails>
{
    /// <summary>Packets dropped before the socket could queue them (UDP, UDP-Lite, raw, ping); null for TCP.</summary>
    public ulong? Drops { get; init; }

    /// <summary>TCP's retransmission timeout, in clock ticks (<c>USER_HZ</c>); null for other protocols.</summary>
    public long? RetransmitTimeoutTicks { get; init; }

    /// <summary>TCP's delayed-ACK timeout, in clock ticks (<c>USER_HZ</c>).</summary>
    public long? AckTimeoutTicks { get; init; }

    /// <summary>TCP: ACKs still to send at once before delayed ACKs resume (<c>icsk_ack.quick</c>).</summary>
    public uint? QuickAcks { get; init; }

    /// <summary>TCP: whether the connection is interactive (ping-pong mode: ACKs ride on replies).</summary>
    public bool? PingPong { get; init; }

    /// <summary>TCP's congestion window, in segments.</summary>
    public uint? CongestionWindow { get; init; }

    /// <summary>
    /// TCP's fifth field as printed: the slow-start threshold (-1 while still in initial slow start), or, for a
    /// listening socket, its Fast Open queue limit. <c>InetSocket</c> tells them apart by state.
    /// </summary>
    public int? ThresholdOrFastOpenLimit { get; init; }

    public static bool TryParse(ReadOnlySpan<byte> utf8, out InetSocketDetails value)
    {
        value = default;
        Span<Range> fields = stackalloc Range[6];
        int count = Fields(utf8, fields);
        if (count == 1)
        {
            if (!ProcNumber.TryParseDecimal(utf8[fields[0]], out ulong drops)) return false;
            value = new InetSocketDetails { Drops = drops };
            return true;
        }
        // A sixth field is a newer kernel's addition: the five we know keep their meaning.
        if (count < 5
            || !ProcNumber.TryParseDecimal(utf8[fields[0]], out long rto)
            || !ProcNumber.TryParseDecimal(utf8[fields[1]], out long ato)
            || !ProcNumber.TryParseDecimal(utf8[fields[2]], out uint quick)
            || !ProcNumber.TryParseDecimal(utf8[fields[3]], out uint cwnd)
            || !ProcNumber.TryParseDecimal(utf8[fields[4]], out int threshold))
            return false;
        value = new InetSocketDetails
        {
            RetransmitTimeoutTicks = rto,
            AckTimeoutTicks = ato,
            QuickAcks = quick >> 1,
            PingPong = (quick & 1) != 0,
            CongestionWindow = cwnd,
            ThresholdOrFastOpenLimit = threshold,
        };
        return true;
    }

    /// <summary>The blank-separated fields of <paramref name="utf8"/>, at most as many as <paramref name="fields"/> holds.</summary>
    private static int Fields(ReadOnlySpan<byte> utf8, Span<Range> fields)
    {
        int count = 0, i = 0;
        while (count < fields.Length)
        {
            while (i < utf8.Length && utf8[i] is (byte)' ' or (byte)'\t') i++;
            if (i == utf8.Length) break;
            int start = i;
            while (i < utf8.Length && utf8[i] is not ((byte)' ' or (byte)'\t')) i++;
            fields[count++] = start..i;
        }
        return count;
    }

    public override string ToString() => Drops is { } drops
        ? drops.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : FormattableString.Invariant($"{RetransmitTimeoutTicks} {AckTimeoutTicks} {(QuickAcks << 1) | (PingPong == true ? 1u : 0u)} {CongestionWindow} {ThresholdOrFastOpenLimit}");
}
