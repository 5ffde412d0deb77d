namespace ProcGen.Specs;

/// <summary>
/// One bucket of a <c>hashlimit</c> table, <c>/proc/net/ipt_hashlimit/NAME</c> (IPv4) or
/// <c>/proc/net/ip6t_hashlimit/NAME</c> (IPv6) (<c>dl_seq_real_show</c> in <c>net/netfilter/xt_hashlimit.c</c>:
/// <c>%ld %pI4:%u-&gt;%pI4:%u %llu %llu %llu</c>, expires, flow, credit, credit cap and cost; revision 1 printed the
/// last three as <c>%u</c>). Read with <c>fs.IptHashlimit("NAME")</c>, <c>fs.Ip6tHashlimit("NAME")</c>.
/// </summary>
/// <remarks>
/// One file per <c>--hashlimit-name</c>. Parts of the flow the rule does not hash on (<c>--hashlimit-mode</c>) are 0.
/// Credits are in the kernel's internal units (<c>XT_HASHLIMIT_SCALE</c> per packet, or bytes with
/// <c>--hashlimit-mode</c> byte-based rates).
/// </remarks>
[ProcFile("net/ipt_hashlimit/{table}", Accessor = "IptHashlimit"), ProcFile("{pid}/net/ipt_hashlimit/{table}", Accessor = "IptHashlimit")]
[ProcFile("net/ip6t_hashlimit/{table}", Accessor = "Ip6tHashlimit"), ProcFile("{pid}/net/ip6t_hashlimit/{table}", Accessor = "Ip6tHashlimit")]
[Rows]
public sealed partial record HashlimitBucket
{
    /// <summary>Seconds until the bucket expires when no packet refreshes it.</summary>
    [Column(0)] public required long ExpiresSeconds { get; init; }

    /// <summary>The addresses and ports hashed into the bucket.</summary>
    [Column(1)] public required HashlimitFlow Flow { get; init; }

    /// <summary>The credit left.</summary>
    [Column(2)] public required ulong Credit { get; init; }

    /// <summary>The most credit the bucket holds (the burst).</summary>
    [Column(3)] public required ulong CreditCap { get; init; }

    /// <summary>The credit one packet (or byte unit) costs.</summary>
    [Column(4)] public required ulong Cost { get; init; }
}
