using System;

namespace ProcGen;

/// <summary>
/// Everything of an <c>nf_conntrack</c> (or legacy <c>ip_conntrack</c>) line after the protocol columns
/// (<c>ct_seq_show</c> in <c>net/netfilter/nf_conntrack_standalone.c</c>): the seconds until the entry expires
/// (absent for a flow offloaded to a flow table), the protocol's state (TCP <c>ESTABLISHED</c>, SCTP, DCCP), the
/// original tuple, <c>zone-orig=</c>, <c>packets=</c>/<c>bytes=</c> (with <c>nf_conntrack_acct</c>),
/// <c>[UNREPLIED]</c>, the reply tuple with the same keys again, <c>zone-reply=</c> and its counters, one of
/// <c>[ASSURED]</c>/<c>[OFFLOAD]</c>/<c>[HW_OFFLOAD]</c>, then <c>mark=</c>, <c>secmark=</c> (old kernels),
/// <c>secctx=</c>, <c>zone=</c>, <c>delta-time=</c> and <c>use=</c>.
/// </summary>
/// <remarks>
/// Tokens this type does not know are an error, so that a format change is noticed rather than read wrongly. The
/// whole line is allocation-free to cut; only the security context, when printed, is a string.
/// </remarks>
public sealed record ConntrackFlow : IProcValue<ConntrackFlow>
{
    /// <summary>Seconds until the entry expires; <c>null</c> when the kernel printed none (an offloaded flow).</summary>
    public long? TimeoutSeconds { get; init; }

    /// <summary>The protocol's state name (<c>ESTABLISHED</c>, <c>TIME_WAIT</c>, <c>SYN_SENT</c>…), or <c>null</c> for stateless protocols.</summary>
    public string? State { get; init; }

    /// <summary>The tuple of the original direction (the first packet's sender is the source).</summary>
    public ConntrackTuple Original { get; init; }

    /// <summary>The tuple expected in reply: source and destination swapped, translated by NAT when it applies.</summary>
    public ConntrackTuple Reply { get; init; }

    /// <summary>Packets counted in the original direction; <c>null</c> without connection accounting.</summary>
    public ulong? OriginalPackets { get; init; }

    /// <summary>Bytes counted in the original direction; <c>null</c> without connection accounting.</summary>
    public ulong? OriginalBytes { get; init; }

    /// <summary>Packets counted in the reply direction; <c>null</c> without connection accounting.</summary>
    public ulong? ReplyPackets { get; init; }

    /// <summary>Bytes counted in the reply direction; <c>null</c> without connection accounting.</summary>
    public ulong? ReplyBytes { get; init; }

    /// <summary>No reply has been seen (<c>[UNREPLIED]</c>, <c>IPS_SEEN_REPLY</c> not set).</summary>
    public bool Unreplied { get; init; }

    /// <summary>The connection is assured (<c>[ASSURED]</c>): it will not be dropped early when the table is full.</summary>
    public bool Assured { get; init; }

    /// <summary>The flow is offloaded to a software flow table (<c>[OFFLOAD]</c>).</summary>
    public bool Offloaded { get; init; }

    /// <summary>The flow is offloaded to hardware (<c>[HW_OFFLOAD]</c>).</summary>
    public bool HardwareOffloaded { get; init; }

    /// <summary>The connection mark (<c>mark=</c>, with <c>CONFIG_NF_CONNTRACK_MARK</c>).</summary>
    public uint? Mark { get; init; }

    /// <summary>The security mark (<c>secmark=</c>, printed by kernels before 2.6.34).</summary>
    public uint? SecurityMark { get; init; }

    /// <summary>The security context (<c>secctx=</c>, with an LSM that labels connections).</summary>
    public string? SecurityContext { get; init; }

    /// <summary>The conntrack zone of both directions (<c>zone=</c>, with <c>CONFIG_NF_CONNTRACK_ZONES</c>).</summary>
    public ushort? Zone { get; init; }

    /// <summary>The zone of the original direction only (<c>zone-orig=</c>).</summary>
    public ushort? OriginalZone { get; init; }

    /// <summary>The zone of the reply direction only (<c>zone-reply=</c>).</summary>
    public ushort? ReplyZone { get; init; }

    /// <summary>Seconds since the entry was created (<c>delta-time=</c>, with <c>nf_conntrack_timestamp</c>).</summary>
    public ulong? DeltaTimeSeconds { get; init; }

    /// <summary>The reference count (<c>use=</c>).</summary>
    public uint Use { get; init; }

    public static bool TryParse(ReadOnlySpan<byte> utf8, out ConntrackFlow value)
    {
        value = null!;
        int position = 0;
        long? timeout = null;
        string? state = null;
        // Before the first tuple: the timeout (a number), then the state (a word that is no key=value).
        while (true)
        {
            int before = position;
            var token = ProcText.NextField(utf8, ref position);
            if (token.IsEmpty) return false;
            if (token.StartsWith("src="u8))
            {
                position = before;
                break;
            }
            if (timeout is null && state is null && ProcNumber.TryParseDecimal(token, out long seconds)) timeout = seconds;
            else if (state is null && token.IndexOf((byte)'=') < 0 && token[0] != (byte)'[') state = FieldParser.String(token);
            else return false;
        }
        if (!ConntrackTuple.TryRead(utf8, ref position, out var original)) return false;
        var flow = new Parsed { Timeout = timeout, State = state, Original = original };
        bool inReply = false;
        while (true)
        {
            int before = position;
            var token = ProcText.NextField(utf8, ref position);
            if (token.IsEmpty) break;
            if (token.StartsWith("src="u8))
            {
                if (inReply) return false;
                position = before;
                if (!ConntrackTuple.TryRead(utf8, ref position, out flow.Reply)) return false;
                inReply = true;
                continue;
            }
            if (!flow.Apply(token, inReply)) return false;
        }
        if (!inReply || flow.Use is not { } use) return false;
        value = new ConntrackFlow
        {
            TimeoutSeconds = flow.Timeout, State = flow.State, Original = flow.Original, Reply = flow.Reply,
            OriginalPackets = flow.OriginalPackets, OriginalBytes = flow.OriginalBytes, ReplyPackets = flow.ReplyPackets,
            ReplyBytes = flow.ReplyBytes, Unreplied = flow.Unreplied, Assured = flow.Assured, Offloaded = flow.Offloaded,
            HardwareOffloaded = flow.HardwareOffloaded, Mark = flow.Mark, SecurityMark = flow.SecurityMark,
            SecurityContext = flow.SecurityContext, Zone = flow.Zone, OriginalZone = flow.OriginalZone, ReplyZone = flow.ReplyZone,
            DeltaTimeSeconds = flow.DeltaTime, Use = use,
        };
        return true;
    }

    /// <summary>The line as the kernel prints it after the protocol columns, addresses in their short form.</summary>
    public override string ToString()
    {
        var text = new System.Text.StringBuilder();
        if (TimeoutSeconds is { } timeout) text.Append(timeout).Append(' ');
        if (State is not null) text.Append(State).Append(' ');
        text.Append(Original);
        if (OriginalZone is { } originalZone) text.Append(" zone-orig=").Append(originalZone);
        if (OriginalPackets is { } originalPackets) text.Append(" packets=").Append(originalPackets).Append(" bytes=").Append(OriginalBytes);
        if (Unreplied) text.Append(" [UNREPLIED]");
        text.Append(' ').Append(Reply);
        if (ReplyZone is { } replyZone) text.Append(" zone-reply=").Append(replyZone);
        if (ReplyPackets is { } replyPackets) text.Append(" packets=").Append(replyPackets).Append(" bytes=").Append(ReplyBytes);
        if (HardwareOffloaded) text.Append(" [HW_OFFLOAD]");
        else if (Offloaded) text.Append(" [OFFLOAD]");
        if (Assured) text.Append(" [ASSURED]");
        if (Mark is { } mark) text.Append(" mark=").Append(mark);
        if (SecurityMark is { } securityMark) text.Append(" secmark=").Append(securityMark);
        if (SecurityContext is not null) text.Append(" secctx=").Append(SecurityContext);
        if (Zone is { } zone) text.Append(" zone=").Append(zone);
        if (DeltaTimeSeconds is { } delta) text.Append(" delta-time=").Append(delta);
        return text.Append(" use=").Append(Use).ToString();
    }

    // The fields while the line is read; one token at a time.
    private struct Parsed
    {
        public long? Timeout;
        public string? State;
        public ConntrackTuple Original, Reply;
        public ulong? OriginalPackets, OriginalBytes, ReplyPackets, ReplyBytes, DeltaTime;
        public bool Unreplied, Assured, Offloaded, HardwareOffloaded;
        public uint? Mark, SecurityMark, Use;
        public string? SecurityContext;
        public ushort? Zone, OriginalZone, ReplyZone;

        public bool Apply(ReadOnlySpan<byte> token, bool inReply)
        {
            if (token[0] == (byte)'[')
            {
                if (token.SequenceEqual("[UNREPLIED]"u8) && !inReply) return Flag(ref Unreplied);
                if (token.SequenceEqual("[ASSURED]"u8)) return Flag(ref Assured);
                if (token.SequenceEqual("[OFFLOAD]"u8)) return Flag(ref Offloaded);
                if (token.SequenceEqual("[HW_OFFLOAD]"u8)) return Flag(ref HardwareOffloaded);
                return false;
            }
            int equals = token.IndexOf((byte)'=');
            if (equals <= 0) return false;
            var key = token[..equals];
            var text = token[(equals + 1)..];
            if (key.SequenceEqual("packets"u8)) return inReply ? Number(text, ref ReplyPackets) : Number(text, ref OriginalPackets);
            if (key.SequenceEqual("bytes"u8)) return inReply ? Number(text, ref ReplyBytes) : Number(text, ref OriginalBytes);
            if (key.SequenceEqual("zone-orig"u8)) return Number(text, ref OriginalZone);
            if (key.SequenceEqual("zone-reply"u8)) return Number(text, ref ReplyZone);
            if (key.SequenceEqual("mark"u8)) return Number(text, ref Mark);
            if (key.SequenceEqual("secmark"u8)) return Number(text, ref SecurityMark);
            if (key.SequenceEqual("zone"u8)) return Number(text, ref Zone);
            if (key.SequenceEqual("delta-time"u8)) return Number(text, ref DeltaTime);
            if (key.SequenceEqual("use"u8)) return Number(text, ref Use);
            if (key.SequenceEqual("secctx"u8))
            {
                if (SecurityContext is not null) return false;
                SecurityContext = FieldParser.String(text);
                return true;
            }
            return false;
        }

        private static bool Flag(ref bool flag)
        {
            if (flag) return false;
            flag = true;
            return true;
        }

        private static bool Number<T>(ReadOnlySpan<byte> text, ref T? slot) where T : struct, System.Numerics.IBinaryInteger<T>, System.Numerics.IMinMaxValue<T>
        {
            if (slot is not null || !ProcNumber.TryParseDecimal(text, out T parsed)) return false;
            slot = parsed;
            return true;
        }
    }
}
