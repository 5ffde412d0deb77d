using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/net/xfrm_stat</c>: IPsec transformation (XFRM) error counters, one <c>name&lt;blanks&gt;\tvalue</c> per
/// line (<c>xfrm_statistics_seq_show</c> in <c>net/xfrm/xfrm_proc.c</c>: <c>%-24s\t%lu</c>). Read with
/// <c>fs.XfrmStat()</c>.
/// </summary>
/// <remarks>
/// Only present with <c>CONFIG_XFRM_STATISTICS</c>. Every counter is in <see cref="Counters"/> under the kernel's
/// name (<c>XfrmInNoStates</c>, <c>XfrmOutPolError</c>); a few also have properties. Kernels add counters
/// (<c>XfrmAcquireError</c>, <c>XfrmOutStateDirError</c>).
/// </remarks>
[ProcFile("net/xfrm_stat", Accessor = "XfrmStat"), ProcFile("{pid}/net/xfrm_stat", Accessor = "XfrmStat"), KeyValue(Separator = ' ')]
public sealed partial record XfrmStatistics
{
    /// <summary>All inbound errors not matched by a more specific counter.</summary>
    [Key("XfrmInError")] public ulong? InError { get; init; }
    /// <summary>Inbound packets with no matching state (SA).</summary>
    [Key("XfrmInNoStates")] public ulong? InNoStates { get; init; }
    /// <summary>Inbound packets with no matching policy.</summary>
    [Key("XfrmInNoPols")] public ulong? InNoPolicies { get; init; }
    /// <summary>All outbound errors not matched by a more specific counter.</summary>
    [Key("XfrmOutError")] public ulong? OutError { get; init; }
    /// <summary>Outbound packets with no matching state (SA).</summary>
    [Key("XfrmOutNoStates")] public ulong? OutNoStates { get; init; }

    /// <summary>Every other counter, by the kernel's name.</summary>
    [OtherKeys] public required IReadOnlyDictionary<string, ulong> Counters { get; init; }
}
