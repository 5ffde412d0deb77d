using System;

namespace ProcGen;

/// <summary>
/// What an <c>nf_conntrack_expect</c> line says after its protocol numbers (<c>exp_seq_show</c> in
/// <c>net/netfilter/nf_conntrack_expect.c</c>): the expected tuple, the flags joined by commas
/// (<c>PERMANENT</c>, <c>INACTIVE</c>, <c>USERSPACE</c>) and the helper that created it, with its expectation
/// policy after a slash (<c>ftp</c>, <c>sip/signalling</c>).
/// </summary>
public sealed record ConntrackExpectationTarget : IProcValue<ConntrackExpectationTarget>
{
    /// <summary>The connection expected (a port of 0 or an address of 0 is a wildcard).</summary>
    public ConntrackTuple Tuple { get; init; }

    /// <summary>The expectation stays after a connection matched it (<c>NF_CT_EXPECT_PERMANENT</c>).</summary>
    public bool Permanent { get; init; }

    /// <summary>The expectation is not yet active (<c>NF_CT_EXPECT_INACTIVE</c>).</summary>
    public bool Inactive { get; init; }

    /// <summary>The expectation was created from user space (<c>NF_CT_EXPECT_USERSPACE</c>).</summary>
    public bool Userspace { get; init; }

    /// <summary>The helper of the master connection (<c>ftp</c>, <c>sip</c>), or <c>null</c>.</summary>
    public string? Helper { get; init; }

    /// <summary>The helper's expectation policy (<c>signalling</c> of <c>sip/signalling</c>), or <c>null</c>.</summary>
    public string? Policy { get; init; }

    public static bool TryParse(ReadOnlySpan<byte> utf8, out ConntrackExpectationTarget value)
    {
        value = null!;
        int position = 0;
        if (!ConntrackTuple.TryRead(utf8, ref position, out var tuple)) return false;
        bool permanent = false, inactive = false, userspace = false;
        var token = ProcText.NextField(utf8, ref position);
        if (IsFlags(token))
        {
            for (var rest = token; !rest.IsEmpty;)
            {
                var flag = NextFlag(ref rest);
                if (flag.SequenceEqual("PERMANENT"u8)) permanent = true;
                else if (flag.SequenceEqual("INACTIVE"u8)) inactive = true;
                else userspace = true;
            }
            token = ProcText.NextField(utf8, ref position);
        }
        string? helper = null, policy = null;
        if (!token.IsEmpty)
        {
            int slash = token.IndexOf((byte)'/');
            helper = FieldParser.String(slash < 0 ? token : token[..slash]);
            policy = slash < 0 ? null : FieldParser.String(token[(slash + 1)..]);
            if (!ProcText.NextField(utf8, ref position).IsEmpty) return false;
        }
        value = new ConntrackExpectationTarget
        {
            Tuple = tuple, Permanent = permanent, Inactive = inactive, Userspace = userspace, Helper = helper, Policy = policy,
        };
        return true;
    }

    // PERMANENT, INACTIVE and USERSPACE joined by commas; a helper's name is never one of them.
    private static bool IsFlags(ReadOnlySpan<byte> token)
    {
        if (token.IsEmpty) return false;
        for (var rest = token; !rest.IsEmpty;)
        {
            var flag = NextFlag(ref rest);
            if (!flag.SequenceEqual("PERMANENT"u8) && !flag.SequenceEqual("INACTIVE"u8) && !flag.SequenceEqual("USERSPACE"u8)) return false;
        }
        return true;
    }

    private static ReadOnlySpan<byte> NextFlag(scoped ref ReadOnlySpan<byte> rest)
    {
        int comma = rest.IndexOf((byte)',');
        var flag = comma < 0 ? rest : rest[..comma];
        rest = comma < 0 ? default : rest[(comma + 1)..];
        return flag;
    }
}
