namespace ProcGen.Specs;

/// <summary>
/// One expected connection of <c>/proc/net/nf_conntrack_expect</c>: a related connection a helper (FTP, SIP, …)
/// lets in (<c>exp_seq_show</c> in <c>net/netfilter/nf_conntrack_expect.c</c>: <c>%ld </c> seconds left or
/// <c>- </c>, <c>l3proto = %u proto=%u </c>, the tuple, the flags and <c>helper[/policy]</c>). Read with
/// <c>fs.NfConntrackExpect()</c>.
/// </summary>
/// <remarks>Mode 0440 (root only). Note the blanks around <c>=</c> after <c>l3proto</c>, unlike every other key.</remarks>
[ProcFile("net/nf_conntrack_expect", Accessor = "NfConntrackExpect"), ProcFile("{pid}/net/nf_conntrack_expect", Accessor = "NfConntrackExpect"), Rows]
public sealed partial record ConntrackExpectation
{
    /// <summary>Seconds until the expectation expires; <c>null</c> (<c>-</c>) when it has no timer.</summary>
    [Column(0), NullIf("-")] public long? TimeoutSeconds { get; init; }

    /// <summary>The address family (<c>l3proto = 2</c>): 2 IPv4, 10 IPv6.</summary>
    [Column(3)] public required int Family { get; init; }

    /// <summary>The IP protocol number of the expected connection (<c>proto=6</c>).</summary>
    [Column(4), Prefix("proto=")] public required int Protocol { get; init; }

    /// <summary>The expected tuple, flags and helper.</summary>
    [Rest] public required ConntrackExpectationTarget Target { get; init; }
}
