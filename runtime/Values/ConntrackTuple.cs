using System;

namespace ProcGen;

/// <summary>
/// One direction of a tracked connection as netfilter prints it (<c>print_tuple</c> in
/// <c>net/netfilter/nf_conntrack_standalone.c</c>): <c>src=</c> and <c>dst=</c> addresses (<c>%pI4</c>, or
/// <c>%pI6</c> in full colon form), then the transport's keys: <c>sport=</c>/<c>dport=</c> (TCP, UDP, UDP-Lite,
/// DCCP, SCTP), <c>type=</c>/<c>code=</c>/<c>id=</c> (ICMP, ICMPv6) or <c>srckey=0x…</c>/<c>dstkey=0x…</c> (GRE).
/// Keys a protocol does not print are <c>null</c>.
/// </summary>
public readonly record struct ConntrackTuple(
    InetAddress Source,
    InetAddress Destination,
    ushort? SourcePort,
    ushort? DestinationPort,
    byte? IcmpType,
    byte? IcmpCode,
    ushort? IcmpId,
    uint? SourceKey,
    uint? DestinationKey) : IProcValue<ConntrackTuple>
{
    /// <summary>Parses a whole tuple: <c>src=… dst=… [keys]</c> and nothing else.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out ConntrackTuple value)
    {
        int position = 0;
        return TryRead(utf8, ref position, out value) && ProcText.NextField(utf8, ref position).IsEmpty;
    }

    /// <summary>
    /// Reads a tuple from the blank-separated tokens of <paramref name="utf8"/> at <paramref name="position"/>: it
    /// starts with <c>src=</c> and ends before the first token that is not one of its keys, or at a second
    /// <c>src=</c> (the reply tuple that follows the original one).
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> utf8, scoped ref int position, out ConntrackTuple value)
    {
        value = default;
        var first = ProcText.NextField(utf8, ref position);
        if (!first.StartsWith("src="u8) || !InetAddress.TryParse(first[4..], out var source)) return false;
        var second = ProcText.NextField(utf8, ref position);
        if (!second.StartsWith("dst="u8) || !InetAddress.TryParse(second[4..], out var destination)) return false;
        ushort? sport = null, dport = null, id = null;
        byte? type = null, code = null;
        uint? srckey = null, dstkey = null;
        while (true)
        {
            int before = position;
            var token = ProcText.NextField(utf8, ref position);
            int equals = token.IndexOf((byte)'=');
            if (equals < 0)
            {
                position = before;
                break;
            }
            var key = token[..equals];
            var text = token[(equals + 1)..];
            bool ok;
            if (key.SequenceEqual("sport"u8)) ok = Set(text, ref sport);
            else if (key.SequenceEqual("dport"u8)) ok = Set(text, ref dport);
            else if (key.SequenceEqual("type"u8)) ok = Set(text, ref type);
            else if (key.SequenceEqual("code"u8)) ok = Set(text, ref code);
            else if (key.SequenceEqual("id"u8)) ok = Set(text, ref id);
            else if (key.SequenceEqual("srckey"u8)) ok = SetHex(text, ref srckey);
            else if (key.SequenceEqual("dstkey"u8)) ok = SetHex(text, ref dstkey);
            else
            {
                // Not a key of a tuple (packets=, zone=, mark=, a second src=): the tuple has ended.
                position = before;
                break;
            }
            if (!ok) return false;
        }
        value = new ConntrackTuple(source, destination, sport, dport, type, code, id, srckey, dstkey);
        return true;
    }

    private static bool Set<T>(ReadOnlySpan<byte> text, ref T? slot) where T : struct, System.Numerics.IBinaryInteger<T>, System.Numerics.IMinMaxValue<T>
    {
        if (slot is not null || !ProcNumber.TryParseDecimal(text, out T parsed)) return false;
        slot = parsed;
        return true;
    }

    private static bool SetHex(ReadOnlySpan<byte> text, ref uint? slot)
    {
        if (slot is not null || !ProcNumber.TryParseHex(text, out uint parsed)) return false;
        slot = parsed;
        return true;
    }

    /// <summary><c>src=10.0.0.1 dst=10.0.0.2 sport=40000 dport=80</c>, addresses in their short form.</summary>
    public override string ToString()
    {
        var text = $"src={Source} dst={Destination}";
        if (SourcePort is { } sport) text += $" sport={sport}";
        if (DestinationPort is { } dport) text += $" dport={dport}";
        if (IcmpType is { } type) text += $" type={type}";
        if (IcmpCode is { } code) text += $" code={code}";
        if (IcmpId is { } id) text += $" id={id}";
        if (SourceKey is { } srckey) text += $" srckey=0x{srckey:x}";
        if (DestinationKey is { } dstkey) text += $" dstkey=0x{dstkey:x}";
        return text;
    }
}
